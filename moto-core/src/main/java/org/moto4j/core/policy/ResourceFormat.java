package org.moto4j.core.policy;

import java.util.List;
import java.util.Set;

/** IAM's write-time checks of Resource/NotResource values, with its messages. */
final class ResourceFormat {

  private static final Set<String> PARTITIONS =
      Set.of(
          "*",
          "aws",
          "aws-cn",
          "aws-us-gov",
          "aws-iso",
          "aws-iso-b",
          "aws-iso-e",
          "aws-iso-f",
          "aws-eusc");

  private static final List<String> IAM_PATH_STARTS =
      List.of(
          "user/",
          "federated-user/",
          "role/",
          "group/",
          "instance-profile/",
          "mfa/",
          "server-certificate/",
          "policy/",
          "sms-mfa/",
          "saml-provider/",
          "oidc-provider/",
          "report/",
          "access-report/");

  private ResourceFormat() {}

  /** The message IAM answers for {@code resource}, or null when its format is acceptable. */
  static String problem(String resource) {
    if (resource.equals("*")) {
      return null;
    }
    int colon = resource.indexOf(':');
    if (colon < 0) {
      return String.format(PolicyMessages.RESOURCE_NOT_ARN, resource);
    }
    String afterArn = resource.substring(colon + 1);
    String[] partitionAndRest = partition(afterArn);
    String partition = partitionAndRest[0];
    if (!PARTITIONS.contains(partition)) {
      return partitionMessage(partition, partitionAndRest[2]);
    }
    if (partitionAndRest[1].isEmpty()) {
      return PolicyMessages.VENDOR_NOT_QUALIFIED;
    }
    String[] serviceAndRest = partition(partitionAndRest[2]);
    String service = serviceAndRest[0];
    String afterService = serviceAndRest[2];
    String[] regionAndRest = partition(afterService);
    String[] accountAndRest = partition(regionAndRest[2]);
    String resourceId = accountAndRest[2];
    boolean hasRegion = !afterService.startsWith(":");
    if (service.equals("iam") && hasRegion) {
      return String.format(PolicyMessages.IAM_REGION, resource);
    }
    if (service.equals("s3") && hasRegion && !resourceId.startsWith("accesspoint/")) {
      return String.format(PolicyMessages.S3_REGION, resource);
    }
    if (service.equals("iam") && !iamPath(resourceId)) {
      return PolicyMessages.IAM_PATH;
    }
    return null;
  }

  /**
   * IAM's older parser, run once a statement's values passed the format check: a value with an
   * empty segment must still have all six ARN parts, and its service must not be empty.
   */
  static boolean passesLegacyParsing(String resource) {
    if (resource.equals("*")) {
      return true;
    }
    long colons = resource.chars().filter(c -> c == ':').count();
    if (colons < 5 && resource.contains("::")) {
      return false;
    }
    String[] parts = resource.split(":", -1);
    return parts.length > 2 && !parts[2].isEmpty();
  }

  private static boolean iamPath(String resourceId) {
    if (resourceId.equals("*") || resourceId.equals("root")) {
      return true;
    }
    for (String start : IAM_PATH_STARTS) {
      if (resourceId.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  private static String partitionMessage(String partition, String remaining) {
    String[] parts = remaining.split(":", -1);
    String arn1 = !parts[0].isEmpty() || parts.length > 1 ? parts[0] : "*";
    String arn2 = parts.length > 1 ? parts[1] : "*";
    String arn3 = parts.length > 2 ? parts[2] : "*";
    String arn4 =
        parts.length > 3 ? String.join(":", List.of(parts).subList(3, parts.length)) : "*";
    return String.format(
        PolicyMessages.PARTITION_NOT_VALID, partition, partition, arn1, arn2, arn3, arn4);
  }

  /** Python's str.partition(":"): before, separator (empty when absent), after. */
  private static String[] partition(String text) {
    int i = text.indexOf(':');
    if (i < 0) {
      return new String[] {text, "", ""};
    }
    return new String[] {text.substring(0, i), ":", text.substring(i + 1)};
  }
}
