package org.moto4j.core;

/**
 * A moto-compatible setting: readable as an environment variable (moto's name) and as a system
 * property, and settable from code through {@link MotoConfig}.
 */
public record Setting(String property, String environmentVariable, String defaultValue) {

  /** The account every request acts in, whatever it says ({@code MOTO_ACCOUNT_ID}). */
  public static final Setting ACCOUNT_ID = new Setting("moto.account.id", "MOTO_ACCOUNT_ID", null);

  /** The standalone server's port ({@code MOTO_PORT}). */
  public static final Setting PORT = new Setting("moto.port", "MOTO_PORT", "5000");

  /** Whether S3 objects in another account's bucket may be read and written. */
  public static final Setting S3_ALLOW_CROSS_ACCOUNT_ACCESS =
      new Setting("moto.s3.allow.crossaccount.access", "MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS", "true");

  /** Whether {@code bucket.host} requests are taken as path style all the same. */
  public static final Setting S3_IGNORE_SUBDOMAIN_BUCKETNAME =
      new Setting("moto.s3.ignore.subdomain.bucketname", "S3_IGNORE_SUBDOMAIN_BUCKETNAME", "false");

  /** Extra S3 endpoints, comma-separated, whose host names are never bucket names. */
  public static final Setting S3_CUSTOM_ENDPOINTS =
      new Setting("moto.s3.custom.endpoints", "MOTO_S3_CUSTOM_ENDPOINTS", "");

  /** How many requests are let through before IAM access control is enforced. */
  public static final Setting INITIAL_NO_AUTH_ACTION_COUNT =
      new Setting("moto.initial.no.auth.action.count", "INITIAL_NO_AUTH_ACTION_COUNT", null);
}
