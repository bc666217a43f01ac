package org.moto4j.benchmarks.identity;

/** AWS credentials a load signs with; {@code sessionToken} is null for long-term keys. */
record Credentials(String accessKeyId, String secretKey, String sessionToken) {

  /** Long-term keys that moto4j did not issue: they act as the default account's root. */
  static final Credentials DEFAULT_ROOT =
      new Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);
}
