package org.moto4j.core.policy;

import java.util.List;

/**
 * How a resource or trust policy statement's principal names the caller, which decides what else
 * must allow: a grant to the caller itself (user, role session, anyone) stands on its own within an
 * account; a grant to the caller's role is still narrowed by boundaries and session policies; a
 * grant to the caller's account only delegates to the account's identity policies.
 */
public enum PrincipalMatch {
  NONE,
  ACCOUNT,
  ROLE,
  DIRECT;

  /** The stronger of two matches. */
  PrincipalMatch or(PrincipalMatch other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** How {@code principals} (a Principal element) names {@code caller}. */
  static PrincipalMatch of(Principals principals, RequestPrincipal caller) {
    if (principals.anyone()) {
      return DIRECT;
    }
    PrincipalMatch match = NONE;
    for (String value : principals.of("AWS")) {
      match = match.or(aws(value, caller));
    }
    if (caller.kind() == RequestPrincipal.Kind.SERVICE) {
      match = match.or(named(principals.of("Service"), caller.arn(), true));
    }
    if (caller.kind() == RequestPrincipal.Kind.FEDERATED_PROVIDER) {
      match = match.or(named(principals.of("Federated"), caller.arn(), false));
    }
    return match;
  }

  private static PrincipalMatch named(List<String> values, String name, boolean ignoreCase) {
    for (String value : values) {
      if (value.equals("*") || (ignoreCase ? value.equalsIgnoreCase(name) : value.equals(name))) {
        return DIRECT;
      }
    }
    return NONE;
  }

  private static PrincipalMatch aws(String value, RequestPrincipal caller) {
    if (caller.kind() == RequestPrincipal.Kind.SERVICE
        || caller.kind() == RequestPrincipal.Kind.FEDERATED_PROVIDER) {
      return NONE;
    }
    if (value.equals("*")) {
      return DIRECT;
    }
    if (value.equals(caller.arn())) {
      return DIRECT;
    }
    if (caller.roleArn() != null && value.equals(caller.roleArn())) {
      return ROLE;
    }
    String account = accountOf(value);
    if (account != null && account.equals(caller.accountId())) {
      return caller.kind() == RequestPrincipal.Kind.ROOT ? DIRECT : ACCOUNT;
    }
    return NONE;
  }

  /** The account of {@code 123456789012} or {@code arn:<partition>:iam::123456789012:root}. */
  private static String accountOf(String value) {
    if (value.length() == 12 && value.chars().allMatch(Character::isDigit)) {
      return value;
    }
    if (value.startsWith("arn:") && value.endsWith(":root")) {
      String[] parts = value.split(":", -1);
      if (parts.length == 6 && parts[2].equals("iam") && parts[5].equals("root")) {
        return parts[4];
      }
    }
    return null;
  }
}
