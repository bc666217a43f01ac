package org.moto4j.core.access;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.policy.RequestPrincipal;

/**
 * The global {@code aws:} condition keys of a request, as AWS's "AWS global condition context keys"
 * reference sets them: present only where AWS sets them (no {@code aws:username} for a role
 * session, no {@code aws:MultiFactorAuthPresent} for long-term keys), so that {@code ...IfExists}
 * and {@code Null} conditions read them as AWS would.
 */
final class GlobalContextKeys {

  private GlobalContextKeys() {}

  /** The keys of one request. */
  static Map<String, ContextValue> of(
      MotoRequest request,
      String region,
      RequestPrincipal principal,
      IssuedCredential credential,
      PrincipalPolicies identity,
      SessionAttributes session,
      Instant now) {
    Map<String, ContextValue> keys = new LinkedHashMap<>();
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    keys.put("aws:CurrentTime", ContextValue.date(DateTimeFormatter.ISO_INSTANT.format(second)));
    keys.put("aws:EpochTime", ContextValue.numeric(second.getEpochSecond()));
    keys.put("aws:SecureTransport", ContextValue.bool(request.isSecure()));
    keys.put("aws:RequestedRegion", ContextValue.string(region));
    keys.put("aws:ViaAWSService", ContextValue.bool(false));
    keys.put("aws:PrincipalIsAWSService", ContextValue.bool(false));
    if (request.remoteAddress() != null) {
      keys.put("aws:SourceIp", ContextValue.ip(stripZone(request.remoteAddress())));
    }
    String userAgent = request.header("User-Agent");
    if (userAgent != null) {
      keys.put("aws:UserAgent", ContextValue.string(userAgent));
    }
    if (principal.kind() == RequestPrincipal.Kind.ANONYMOUS) {
      keys.put("aws:PrincipalType", ContextValue.string("Anonymous"));
      return keys;
    }
    keys.put("aws:PrincipalType", ContextValue.string(principalType(principal)));
    if (principal.accountId() == null) {
      // A web-identity or SAML caller: no account, ARN or user id of its own.
      return keys;
    }
    keys.put("aws:PrincipalAccount", ContextValue.string(principal.accountId()));
    keys.put("aws:PrincipalArn", ContextValue.string(principalArn(principal)));
    keys.put("aws:userid", ContextValue.string(userId(principal, credential)));
    if (principal.kind() == RequestPrincipal.Kind.USER) {
      String arn = principal.arn();
      keys.put("aws:username", ContextValue.string(arn.substring(arn.lastIndexOf('/') + 1)));
    }
    Map<String, String> tags = new LinkedHashMap<>();
    if (identity != null) {
      tags.putAll(identity.principalTags());
    }
    if (session != null) {
      tags.putAll(session.tags());
    }
    tags.forEach((key, value) -> keys.put("aws:PrincipalTag/" + key, ContextValue.string(value)));
    if (credential != null && credential.isTemporary()) {
      boolean mfa = session != null && session.multiFactor();
      keys.put("aws:MultiFactorAuthPresent", ContextValue.bool(mfa));
      if (session != null) {
        Instant issued = session.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        keys.put(
            "aws:TokenIssueTime", ContextValue.date(DateTimeFormatter.ISO_INSTANT.format(issued)));
        if (mfa) {
          keys.put(
              "aws:MultiFactorAuthAge",
              ContextValue.numeric(Math.max(0, second.getEpochSecond() - issued.getEpochSecond())));
        }
        if (session.sourceIdentity() != null) {
          keys.put("aws:SourceIdentity", ContextValue.string(session.sourceIdentity()));
        }
      }
    }
    return keys;
  }

  /** A role session's {@code aws:PrincipalArn} is its role's ARN, any other caller's its own. */
  static String principalArn(RequestPrincipal principal) {
    return principal.kind() == RequestPrincipal.Kind.ROLE_SESSION && principal.roleArn() != null
        ? principal.roleArn()
        : principal.arn();
  }

  private static String principalType(RequestPrincipal principal) {
    return switch (principal.kind()) {
      case ROOT -> "Account";
      case USER -> "User";
      case ROLE_SESSION -> "AssumedRole";
      case FEDERATED_USER -> "FederatedUser";
      case SERVICE -> "Service";
      case FEDERATED_PROVIDER -> "WebIdentityUser";
      case ANONYMOUS -> "Anonymous";
    };
  }

  /** {@code aws:userid}: a user's id, {@code ROLEID:session}, the account for root. */
  private static String userId(RequestPrincipal principal, IssuedCredential credential) {
    if (principal.kind() == RequestPrincipal.Kind.ROOT) {
      return principal.accountId();
    }
    if (principal.kind() == RequestPrincipal.Kind.FEDERATED_USER) {
      String arn = principal.arn();
      return principal.accountId() + ":" + arn.substring(arn.lastIndexOf('/') + 1);
    }
    return credential != null && credential.userId() != null
        ? credential.userId()
        : principal.arn();
  }

  /** {@code fe80::1%eth0} as IpAddress conditions read it. */
  private static String stripZone(String address) {
    int percent = address.indexOf('%');
    String bare = percent < 0 ? address : address.substring(0, percent);
    return bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
  }
}
