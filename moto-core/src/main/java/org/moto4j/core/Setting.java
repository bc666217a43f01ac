package org.moto4j.core;

import org.moto4j.core.blob.BlobStore;

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

  /** The region of requests that name none: unsigned, no regional host ({@code us-east-1}). */
  public static final Setting DEFAULT_REGION =
      new Setting("moto.default.region", "MOTO_DEFAULT_REGION", Regions.DEFAULT);

  /** The largest S3 object body kept in memory, in bytes; larger ones spill to files (1 MiB). */
  public static final Setting S3_BLOB_MEMORY_THRESHOLD =
      new Setting(
          "moto.s3.blob.memory.threshold",
          "MOTO_S3_BLOB_MEMORY_THRESHOLD",
          String.valueOf(BlobStore.DEFAULT_MEMORY_THRESHOLD));

  /**
   * How long an S3 RestoreObject takes, in seconds (a moto4j addition; moto's restores complete at
   * once, the default).
   */
  public static final Setting S3_RESTORE_DELAY_SECONDS =
      new Setting("moto.s3.restore.delay.seconds", "MOTO_S3_RESTORE_DELAY_SECONDS", "0");

  /**
   * Whether IAM access control is enforced on every request from the start ({@code
   * MOTO_IAM_ENFORCE}, a moto4j addition); read once, when {@link Moto} is built.
   */
  public static final Setting IAM_ENFORCE =
      new Setting("moto.iam.enforce", "MOTO_IAM_ENFORCE", "false");

  /**
   * How many AWS requests are let through before IAM access control is enforced (moto's setting;
   * unset means never); read once, when {@link Moto} is built, then changed by {@code POST
   * /moto-api/reset-auth}.
   */
  public static final Setting INITIAL_NO_AUTH_ACTION_COUNT =
      new Setting("moto.initial.no.auth.action.count", "INITIAL_NO_AUTH_ACTION_COUNT", null);
}
