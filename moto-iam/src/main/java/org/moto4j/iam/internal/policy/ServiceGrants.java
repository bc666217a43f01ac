package org.moto4j.iam.internal.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a policy document allows any action of a service, as {@code
 * ListPoliciesGrantingServiceAccess} asks: an {@code Allow} statement whose {@code Action} names an
 * action of the service (wildcards matched), or whose {@code NotAction} leaves some of it.
 */
final class ServiceGrants {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceGrants() {}

  /** Whether {@code document} allows some action of service {@code namespace}. */
  static boolean grants(String document, String namespace) {
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (IOException e) {
      return false;
    }
    if (root == null || !root.has("Statement")) {
      return false;
    }
    JsonNode statements = root.get("Statement");
    List<JsonNode> all = new ArrayList<>();
    if (statements.isArray()) {
      statements.forEach(all::add);
    } else {
      all.add(statements);
    }
    for (JsonNode statement : all) {
      if (!"Allow".equals(statement.path("Effect").asText())) {
        continue;
      }
      if (statement.has("Action") && anyOfService(statement.get("Action"), namespace)) {
        return true;
      }
      if (statement.has("NotAction") && !wholeService(statement.get("NotAction"), namespace)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some action pattern could match an action of the service. */
  private static boolean anyOfService(JsonNode actions, String namespace) {
    for (String action : texts(actions)) {
      int colon = action.indexOf(':');
      String service = colon < 0 ? action : action.substring(0, colon);
      if (glob(service).matcher(namespace.toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the patterns exclude every action of the service ({@code *} or {@code svc:*}). */
  private static boolean wholeService(JsonNode actions, String namespace) {
    for (String action : texts(actions)) {
      if (action.equals("*") || action.equalsIgnoreCase(namespace + ":*")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(element -> texts.add(element.asText()));
    } else {
      texts.add(node.asText());
    }
    return texts;
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
