package org.moto4j.sts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountId;

/**
 * An IAM role ARN, {@code arn:<partition>:iam::<account>:role/<path/>name}: the account and
 * partition a role session acts in, and the name its session ARN carries.
 *
 * @param partition such as {@code aws} or {@code aws-cn}
 * @param account the account that owns the role
 * @param path the role's path, {@code /} when it has none
 * @param name the role's name, without its path
 */
record RoleArn(String partition, AccountId account, String path, String name) {

  private static final Pattern ROLE_ARN =
      Pattern.compile(
          "arn:(aws(?:-[a-z]+)*):iam::(\\d{12}):role/((?:[\\x21-\\x2E\\x30-\\x7E]+/)*)"
              + "([\\w+=,.@-]{1,64})");

  /** The role ARN {@code arn} names, or empty when it is not one. */
  static Optional<RoleArn> parse(String arn) {
    Matcher m = ROLE_ARN.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new RoleArn(m.group(1), AccountId.of(m.group(2)), "/" + m.group(3), m.group(4)));
  }

  /**
   * The ARN of a session of this role: {@code arn:aws:sts::<account>:assumed-role/name/session}.
   */
  String sessionArn(String sessionName) {
    return "arn:"
        + partition
        + ":sts::"
        + account.value()
        + ":assumed-role/"
        + name
        + "/"
        + sessionName;
  }

  /**
   * The role's unique id ({@code AROA…}). moto4j STS does not see IAM's roles, so the id is derived
   * from the ARN: every session of one role carries the same id, as on AWS.
   */
  String roleId() {
    return UniqueIds.stable("AROA", toString());
  }

  @Override
  public String toString() {
    return "arn:" + partition + ":iam::" + account.value() + ":role" + path + name;
  }
}
