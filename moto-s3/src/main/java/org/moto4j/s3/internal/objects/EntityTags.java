package org.moto4j.s3.internal.objects;

/**
 * Compares ETags as conditional headers name them: quoted or not, weak or not, lists, {@code *}.
 */
final class EntityTags {

  private EntityTags() {}

  /**
   * Whether an {@code If-Match}/{@code If-None-Match} value names {@code etag} (or is {@code *}).
   */
  static boolean matches(String headerValue, String etag) {
    String wanted = bare(etag);
    for (String candidate : headerValue.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.equals("*") || bare(trimmed).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String etag) {
    String value = etag.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }
}
