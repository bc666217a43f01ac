package org.moto4j.iam.internal.access;

import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;

/** The IAM backend of an account and partition, as access control names them by ARN. */
final class IamAccounts {

  private IamAccounts() {}

  /** The backend of {@code account} in {@code partition}. */
  static IamBackend backend(IamBackends backends, AccountId account, String partition) {
    return backends.of(new AccountContext(account, regionOf(partition), "", null, null));
  }

  /** The partition of an ARN ({@code arn:PARTITION:...}), {@code aws} when it names none. */
  static String partitionOf(String arn) {
    String[] parts = arn.split(":", 3);
    return parts.length >= 2 && !parts[1].isEmpty() ? parts[1] : "aws";
  }

  /** A region of the partition, which is all a global service's backend is keyed by. */
  private static String regionOf(String partition) {
    return switch (partition) {
      case "aws-cn" -> "cn-north-1";
      case "aws-us-gov" -> "us-gov-west-1";
      case "aws-iso" -> "us-iso-east-1";
      case "aws-iso-b" -> "us-isob-east-1";
      default -> "us-east-1";
    };
  }
}
