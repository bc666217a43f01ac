package org.moto4j.iam.internal.request;

import org.moto4j.iam.internal.IamErrors;

/**
 * The {@code Status} a request may set on an SSH key, signing certificate or service-specific
 * credential: {@code Active} or {@code Inactive}; the model's third value, {@code Expired}, is
 * IAM's to set.
 */
public final class CredentialStatus {

  private CredentialStatus() {}

  /**
   * Whether {@code status} (already checked against the model's enum) means active.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for {@code Expired}
   */
  public static boolean isActive(String status) {
    return switch (status) {
      case "Active" -> true;
      case "Inactive" -> false;
      default -> throw IamErrors.INVALID_CREDENTIAL_STATUS.exception(status);
    };
  }
}
