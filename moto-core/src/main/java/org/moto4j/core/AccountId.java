package org.moto4j.core;

import java.util.Objects;

/**
 * An AWS account id: exactly twelve ASCII digits, leading zeros significant.
 *
 * <pre>{@code AccountId account = AccountId.of("111111111111");}</pre>
 */
public final class AccountId implements Comparable<AccountId> {

  /** The account a request acts in when nothing says otherwise, as in moto. */
  public static final AccountId DEFAULT = new AccountId("123456789012");

  private final String value;

  private AccountId(String value) {
    this.value = value;
  }

  /**
   * Parses an account id.
   *
   * @throws IllegalArgumentException unless {@code value} is exactly twelve digits
   */
  public static AccountId of(String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "An AWS account id is exactly 12 digits, got '" + value + "'");
    }
    return new AccountId(value);
  }

  /** Whether {@code value} is exactly twelve ASCII digits. */
  public static boolean isValid(String value) {
    if (value == null || value.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The twelve digits. */
  public String value() {
    return value;
  }

  /** {@code arn:<partition>:iam::<account>:root}, the account's root principal. */
  public String rootArn(String partition) {
    return "arn:" + partition + ":iam::" + value + ":root";
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
