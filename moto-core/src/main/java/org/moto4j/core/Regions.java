package org.moto4j.core;

import java.util.Map;
import java.util.regex.Pattern;

/** Region names and the partitions they belong to. */
public final class Regions {

  /** The region a request goes to when nothing names one. */
  public static final String DEFAULT = "us-east-1";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  /**
   * The AWS SDKs' pseudo-regions of the global endpoints (IAM's {@code Region.AWS_GLOBAL}…) and the
   * region each stands for: the SDKs sign for it when they reach AWS, but for the pseudo-region
   * itself when the endpoint is overridden, as it is for moto4j.
   */
  private static final Map<String, String> GLOBAL_PSEUDO_REGIONS =
      Map.of(
          "aws-global", "us-east-1",
          "aws-cn-global", "cn-north-1",
          "aws-us-gov-global", "us-gov-west-1",
          "aws-iso-global", "us-iso-east-1",
          "aws-iso-b-global", "us-isob-east-1");

  private Regions() {}

  /**
   * The region a request signed for {@code name} acts in: the name itself, or the region a global
   * pseudo-region such as {@code aws-global} stands for.
   */
  public static String actingRegion(String name) {
    return GLOBAL_PSEUDO_REGIONS.getOrDefault(name, name);
  }

  /** Whether {@code name} has the shape of a region name, such as {@code eu-west-1}. */
  public static boolean isRegion(String name) {
    return name != null && REGION.matcher(name).matches();
  }

  /** The partition a region belongs to. */
  public static String partitionOf(String region) {
    if (region == null) {
      return "aws";
    }
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    if (region.startsWith("eusc-")) {
      return "aws-eusc";
    }
    return "aws";
  }
}
