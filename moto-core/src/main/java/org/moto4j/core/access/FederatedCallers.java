package org.moto4j.core.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.RequestPrincipal;

/**
 * The callers of {@code AssumeRoleWithWebIdentity} and {@code AssumeRoleWithSAML}, which sign
 * nothing: the identity provider that vouches for them, as a trust policy's {@code Federated}
 * principal names it (a SAML provider's ARN, an OIDC provider's ARN, or one of the well-known web
 * identity providers by name).
 */
final class FederatedCallers {

  private static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
  private static final String SAML = "sts:AssumeRoleWithSAML";

  /** Web identity providers trust policies name by host rather than by an OIDC provider ARN. */
  private static final Set<String> WELL_KNOWN =
      Set.of(
          "accounts.google.com",
          "graph.facebook.com",
          "www.amazon.com",
          "cognito-identity.amazonaws.com");

  private static final ObjectMapper JSON = new ObjectMapper();

  private FederatedCallers() {}

  /** Whether the permissions are those of a federated caller's request. */
  static boolean isFederated(List<RequiredPermission> permissions) {
    for (RequiredPermission permission : permissions) {
      if (permission.action().equalsIgnoreCase(WEB_IDENTITY)
          || permission.action().equalsIgnoreCase(SAML)) {
        return true;
      }
    }
    return false;
  }

  /** The principal of an unsigned request: its identity provider, else anonymous. */
  static RequestPrincipal principal(MotoRequest request, List<RequiredPermission> permissions) {
    for (RequiredPermission permission : permissions) {
      if (permission.action().equalsIgnoreCase(SAML)) {
        String provider = parameter(request, "PrincipalArn");
        if (provider != null) {
          return RequestPrincipal.federated(provider);
        }
      }
      if (permission.action().equalsIgnoreCase(WEB_IDENTITY)) {
        String issuer = issuer(parameter(request, "WebIdentityToken"));
        if (issuer != null) {
          return RequestPrincipal.federated(provider(issuer, permission.resource()));
        }
      }
    }
    return RequestPrincipal.anonymous();
  }

  /** The {@code Federated} name of the issuer of a token, for a role of {@code roleArn}. */
  static String provider(String issuer, String roleArn) {
    String host = issuer.replaceFirst("^https://", "");
    if (WELL_KNOWN.contains(host)) {
      return host;
    }
    String[] parts = roleArn.split(":", 6);
    if (parts.length < 6) {
      return host;
    }
    return "arn:" + parts[1] + ":iam::" + parts[4] + ":oidc-provider/" + host;
  }

  /** The {@code iss} claim of a JWT, or null when it is no readable JWT. */
  private static String issuer(String token) {
    if (token == null) {
      return null;
    }
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode claims =
          JSON.readTree(
              new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      JsonNode iss = claims == null ? null : claims.get("iss");
      return iss == null || !iss.isTextual() ? null : iss.asText();
    } catch (IllegalArgumentException | java.io.IOException e) {
      return null;
    }
  }

  private static String parameter(MotoRequest request, String name) {
    String value = request.queryParameter(name);
    if (value != null) {
      return value;
    }
    List<String> form = request.form().get(name);
    return form == null || form.isEmpty() ? null : form.get(0);
  }
}
