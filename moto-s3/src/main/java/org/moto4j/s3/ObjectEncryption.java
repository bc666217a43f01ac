package org.moto4j.s3;

/**
 * How S3 says an object is encrypted at rest: with S3-managed keys ({@code AES256}, the default),
 * KMS keys ({@code aws:kms}, {@code aws:kms:dsse}) or a key the customer sends with every request
 * (SSE-C, of which only the key's MD5 is kept). Nothing is actually encrypted: these are the values
 * S3 stores and echoes.
 *
 * @param serverSideEncryption {@code AES256}, {@code aws:kms} or {@code aws:kms:dsse}; {@code null}
 *     for SSE-C
 * @param kmsKeyId the KMS key ARN, for the KMS kinds
 * @param kmsContext the base64 JSON encryption context the writer gave, or {@code null}
 * @param bucketKeyEnabled whether an S3 Bucket Key is used (KMS only)
 * @param customerAlgorithm {@code AES256} for SSE-C, else {@code null}
 * @param customerKeyMd5 the base64 MD5 of the customer's key, for SSE-C
 */
public record ObjectEncryption(
    String serverSideEncryption,
    String kmsKeyId,
    String kmsContext,
    boolean bucketKeyEnabled,
    String customerAlgorithm,
    String customerKeyMd5) {

  /** {@code AES256}: S3-managed keys. */
  public static final String AES256 = "AES256";

  /** {@code aws:kms}. */
  public static final String KMS = "aws:kms";

  /** {@code aws:kms:dsse}: dual-layer KMS. */
  public static final String KMS_DSSE = "aws:kms:dsse";

  /** What S3 applies when the writer asks for nothing: SSE-S3. */
  public static final ObjectEncryption S3_MANAGED =
      new ObjectEncryption(AES256, null, null, false, null, null);

  /** Encryption with a KMS key ({@code aws:kms} or {@code aws:kms:dsse}). */
  public static ObjectEncryption kms(
      String kind, String keyArn, String context, boolean bucketKeyEnabled) {
    return new ObjectEncryption(kind, keyArn, context, bucketKeyEnabled, null, null);
  }

  /** SSE-C: the customer's key, known by its MD5. */
  public static ObjectEncryption customerKey(String keyMd5) {
    return new ObjectEncryption(null, null, null, false, AES256, keyMd5);
  }

  /** Whether readers must send the customer's key (SSE-C). */
  public boolean isCustomerKey() {
    return customerAlgorithm != null;
  }

  /** Whether a KMS key protects the object. */
  public boolean isKms() {
    return KMS.equals(serverSideEncryption) || KMS_DSSE.equals(serverSideEncryption);
  }
}
