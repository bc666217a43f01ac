package org.moto4j.iam.internal.login;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamErrors;

/**
 * The account's password policy, as {@code UpdateAccountPasswordPolicy} sets it: members it leaves
 * out take AWS's defaults (six characters, no character class required, passwords never expire).
 *
 * @param maxPasswordAge days a password lasts, or {@code null} when passwords never expire
 * @param passwordReusePrevention how many previous passwords may not be reused, or {@code null}
 */
public record PasswordPolicy(
    int minimumPasswordLength,
    boolean requireSymbols,
    boolean requireNumbers,
    boolean requireUppercaseCharacters,
    boolean requireLowercaseCharacters,
    boolean allowUsersToChangePassword,
    Integer maxPasswordAge,
    Integer passwordReusePrevention,
    boolean hardExpiry) {

  /** AWS's default minimum length when the policy does not set one. */
  public static final int DEFAULT_MINIMUM_LENGTH = 6;

  /** The characters IAM counts as symbols. */
  public static final String SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

  /** The rules {@code password} breaks, in AWS's words, in the policy's order. */
  public List<String> violations(String password) {
    List<String> broken = new ArrayList<>(5);
    if (password.length() < minimumPasswordLength) {
      broken.add("Password should have a minimum length of " + minimumPasswordLength);
    }
    if (requireUppercaseCharacters && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      broken.add("Password should have at least one uppercase letter");
    }
    if (requireLowercaseCharacters && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      broken.add("Password should have at least one lowercase letter");
    }
    if (requireNumbers && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      broken.add("Password should have at least one number");
    }
    if (requireSymbols && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
      broken.add("Password should have at least one symbol");
    }
    return broken;
  }

  /**
   * Checks a new password against the policy.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code PasswordPolicyViolation} naming every
   *     broken rule
   */
  public void check(String password) {
    List<String> broken = violations(password);
    if (!broken.isEmpty()) {
      throw IamErrors.PASSWORD_POLICY_VIOLATION.exception(String.join(", ", broken));
    }
  }

  /** Writes the model's {@code PasswordPolicy} members, in its order. */
  void writeTo(XmlWriter xml) {
    xml.start("PasswordPolicy")
        .element("MinimumPasswordLength", minimumPasswordLength)
        .element("RequireSymbols", requireSymbols)
        .element("RequireNumbers", requireNumbers)
        .element("RequireUppercaseCharacters", requireUppercaseCharacters)
        .element("RequireLowercaseCharacters", requireLowercaseCharacters)
        .element("AllowUsersToChangePassword", allowUsersToChangePassword)
        .element("ExpirePasswords", maxPasswordAge != null)
        .optional("MaxPasswordAge", maxPasswordAge)
        .optional("PasswordReusePrevention", passwordReusePrevention)
        .element("HardExpiry", hardExpiry)
        .end();
  }
}
