package org.moto4j.s3;

import java.util.List;
import java.util.regex.Pattern;

/**
 * S3's naming rules for general purpose buckets: 3 to 63 lower-case letters, digits, dots and
 * hyphens, starting and ending with a letter or digit, no {@code ..}, not an IP address, and none
 * of the prefixes and suffixes AWS reserves.
 */
public final class BucketNames {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS =
      Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  /** Prefixes AWS keeps for itself (IDNs, S3 internals, documentation examples). */
  public static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");

  /** Suffixes AWS keeps for access point aliases, directory, table and multi-region buckets. */
  public static final List<String> RESERVED_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

  private BucketNames() {}

  /** Whether {@code name} may name a new bucket. */
  public static boolean isValid(String name) {
    if (name == null || !ALLOWED.matcher(name).matches() || name.contains("..")) {
      return false;
    }
    if (IP_ADDRESS.matcher(name).matches()) {
      return false;
    }
    return RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
        && RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
  }

  /**
   * Checks a name for CreateBucket.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidBucketName} unless it is valid
   */
  public static void check(String name) {
    if (!isValid(name)) {
      throw S3Errors.INVALID_BUCKET_NAME.exception().with("BucketName", name);
    }
  }
}
