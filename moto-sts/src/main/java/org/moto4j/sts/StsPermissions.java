package org.moto4j.sts;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.TabSeparatedTable;

/**
 * The IAM permissions of an STS request, read once from {@code permissions.tsv}: {@code
 * sts:AssumeRole} on the role with {@code sts:ExternalId}, {@code sts:RoleSessionName}, the session
 * tags (and {@code sts:TagSession}, {@code sts:SetSourceIdentity} when the request passes them),
 * {@code sts:GetFederationToken} on the federated user, and so on. Lives beside the operations
 * because it reads tokens and assertions as they do ({@link JwtClaims}, {@link SamlAssertion}).
 *
 * <p>Two markers for {@code AccessControl}: {@code sts:AssumeRoleWithWebIdentity} and {@code
 * sts:AssumeRoleWithSAML} are unsigned requests that the role's trust policy alone decides; {@code
 * GetSessionToken} needs no permission at all (its list is empty), as AWS documents.
 */
@Singleton
public final class StsPermissions implements PermissionMapping {

  private static final String RESOURCE = "/org/moto4j/sts/permissions.tsv";

  /**
   * One permission an operation needs.
   *
   * @param action the IAM action, or {@code null} for an operation no policy controls
   * @param resource {@code *}, {@code arn(Member)}, {@code federated-user(Name)} or {@code
   *     root(Member)}
   * @param when the member the request must carry, or {@code null}
   * @param keys condition key → source
   */
  record Row(String action, String resource, String when, Map<String, String> keys) {}

  private final Map<String, List<Row>> rows = load();

  @Override
  public String service() {
    return "sts";
  }

  /** Every operation the table maps (for tests). */
  Set<String> operations() {
    return rows.keySet();
  }

  @Override
  public List<RequiredPermission> permissionsOf(MotoRequest request, AccountContext context) {
    QueryRequest query = QueryRequest.of(request);
    List<Row> operation = query.action() == null ? null : rows.get(query.action());
    if (operation == null) {
      return List.of();
    }
    List<RequiredPermission> permissions = new ArrayList<>();
    for (Row row : operation) {
      if (row.action() == null || (row.when() != null && !query.has(row.when()))) {
        continue;
      }
      String resource = resource(row.resource(), query, context);
      if (resource == null) {
        // A required member is missing: the operation answers its validation error.
        return List.of();
      }
      Map<String, ContextValue> keys = new HashMap<>();
      row.keys().forEach((key, source) -> put(key, source, query, keys));
      permissions.add(new RequiredPermission(row.action(), resource, accountOf(resource), keys));
    }
    return permissions;
  }

  private static String resource(String spec, QueryRequest query, AccountContext context) {
    if (spec.equals("*")) {
      return "*";
    }
    int open = spec.indexOf('(');
    String value = query.get(spec.substring(open + 1, spec.length() - 1));
    if (value == null) {
      return null;
    }
    return switch (spec.substring(0, open)) {
      case "arn" -> value;
      case "federated-user" ->
          "arn:"
              + context.partition()
              + ":sts::"
              + context.account().value()
              + ":federated-user/"
              + value;
      case "root" -> "arn:" + context.partition() + ":iam::" + value + ":root";
      default -> throw new IllegalStateException("Unknown resource " + spec);
    };
  }

  /** The account of an ARN's fifth field, or {@code null} when it names none. */
  private static AccountId accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 && AccountId.isValid(parts[4]) ? AccountId.of(parts[4]) : null;
  }

  private static void put(
      String key, String source, QueryRequest query, Map<String, ContextValue> keys) {
    switch (source) {
      case "@web-identity" -> webIdentity(query.get("WebIdentityToken"), keys);
      case "@saml" -> saml(query.get("SAMLAssertion"), keys);
      default -> {
        if (!source.endsWith(".member") && !source.contains(".member.")) {
          query.optional(source).ifPresent(value -> keys.put(key, ContextValue.string(value)));
          return;
        }
        List<Map<String, String>> structures = query.structures(source);
        if (key.endsWith("/*")) {
          String family = key.substring(0, key.length() - 1);
          for (Map<String, String> tag : structures) {
            if (tag.get("Key") != null) {
              keys.put(family + tag.get("Key"), ContextValue.string(tag.getOrDefault("Value", "")));
            }
          }
          return;
        }
        List<String> values = new ArrayList<>();
        if (structures.isEmpty()) {
          values.addAll(query.list(source));
        } else {
          structures.forEach(tag -> values.add(tag.get("Key")));
        }
        if (!values.isEmpty()) {
          keys.put(key, ContextValue.strings(values));
        }
      }
    }
  }

  /**
   * A web identity token's keys, named after its provider as trust policies name them ({@code
   * accounts.google.com:aud}, {@code cognito-identity.amazonaws.com:sub}, {@code <issuer host and
   * path>:aud}).
   */
  private static void webIdentity(String token, Map<String, ContextValue> keys) {
    if (token == null) {
      return;
    }
    JwtClaims.read(token)
        .ifPresent(
            claims -> {
              String provider =
                  claims.text("iss").map(iss -> iss.replaceFirst("^https://", "")).orElse(null);
              if (provider == null) {
                return;
              }
              claims
                  .text("aud")
                  .ifPresent(aud -> keys.put(provider + ":aud", ContextValue.string(aud)));
              claims
                  .text("sub")
                  .ifPresent(sub -> keys.put(provider + ":sub", ContextValue.string(sub)));
              claims
                  .text("amr")
                  .ifPresent(amr -> keys.put(provider + ":amr", ContextValue.string(amr)));
            });
  }

  /**
   * A SAML assertion's keys: {@code saml:aud}, {@code saml:iss}, {@code saml:sub}, {@code
   * saml:sub_type}.
   */
  private static void saml(String encoded, Map<String, ContextValue> keys) {
    if (encoded == null) {
      return;
    }
    SamlAssertion assertion;
    try {
      assertion = SamlAssertion.decode(encoded);
    } catch (AwsException e) {
      // AssumeRoleWithSAML itself refuses the assertion with InvalidIdentityToken.
      return;
    }
    putIfPresent(keys, "saml:aud", assertion.recipient());
    putIfPresent(keys, "saml:iss", assertion.issuer());
    putIfPresent(keys, "saml:sub", assertion.nameId());
    if (assertion.nameIdFormat() != null) {
      String format = assertion.nameIdFormat();
      putIfPresent(keys, "saml:sub_type", format.substring(format.lastIndexOf(':') + 1));
    }
  }

  private static void putIfPresent(Map<String, ContextValue> keys, String key, String value) {
    if (value != null) {
      keys.put(key, ContextValue.string(value));
    }
  }

  private static Map<String, List<Row>> load() {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (List<String> columns : TabSeparatedTable.read(StsPermissions.class, RESOURCE, 6)) {
      Map<String, String> keys = new LinkedHashMap<>();
      if (!columns.get(4).equals("-")) {
        for (String key : columns.get(4).split(",")) {
          int equals = key.indexOf('=');
          keys.put(key.substring(0, equals), key.substring(equals + 1));
        }
      }
      rows.computeIfAbsent(columns.get(0), k -> new ArrayList<>())
          .add(
              new Row(
                  columns.get(1).equals("-") ? null : columns.get(1),
                  columns.get(2),
                  columns.get(3).equals("-") ? null : columns.get(3),
                  Map.copyOf(keys)));
    }
    rows.replaceAll((operation, list) -> List.copyOf(list));
    return Map.copyOf(rows);
  }
}
