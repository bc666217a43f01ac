package org.moto4j.core;

import java.util.regex.Pattern;

/** Region names and the partitions they belong to. */
public final class Regions {

  /** The region a request goes to when nothing names one. */
  public static final String DEFAULT = "us-east-1";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  private Regions() {}

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
