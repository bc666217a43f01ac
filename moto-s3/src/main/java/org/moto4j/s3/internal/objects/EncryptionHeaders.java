package org.moto4j.s3.internal.objects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import org.moto4j.core.AccountId;
import org.moto4j.core.Regions;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.config.BucketEncryption;

/**
 * Server-side encryption as S3 states it: what an upload asks for (SSE-S3 by default, SSE-KMS with
 * a key or the account's {@code aws/s3} key, DSSE-KMS, or a customer key), the customer key a read
 * of an SSE-C object must repeat, and the headers that echo it.
 */
public final class EncryptionHeaders {

  static final String SSE = "x-amz-server-side-encryption";
  static final String KMS_KEY_ID = "x-amz-server-side-encryption-aws-kms-key-id";
  static final String KMS_CONTEXT = "x-amz-server-side-encryption-context";
  static final String BUCKET_KEY_ENABLED = "x-amz-server-side-encryption-bucket-key-enabled";
  static final String CUSTOMER_ALGORITHM = "x-amz-server-side-encryption-customer-algorithm";
  static final String CUSTOMER_KEY = "x-amz-server-side-encryption-customer-key";
  static final String CUSTOMER_KEY_MD5 = "x-amz-server-side-encryption-customer-key-MD5";

  private EncryptionHeaders() {}

  /**
   * The encryption an upload asks for.
   *
   * @param region the bucket's region, where its KMS keys live
   * @param writer the account writing, whose {@code aws/s3} key protects SSE-KMS without a key id
   * @throws AwsException {@code InvalidArgument} or {@code InvalidEncryptionAlgorithmError}
   */
  public static ObjectEncryption forUpload(UploadFields fields, String region, AccountId writer) {
    String sse = fields.get(SSE);
    String kmsKey = fields.get(KMS_KEY_ID);
    if (fields.has(CUSTOMER_ALGORITHM)
        || fields.has(CUSTOMER_KEY)
        || fields.has(CUSTOMER_KEY_MD5)) {
      if (sse != null) {
        throw invalidArgument(
            "Server Side Encryption with Customer provided key is incompatible with the encryption"
                + " method specified",
            SSE,
            sse);
      }
      return ObjectEncryption.customerKey(customerKeyMd5(fields));
    }
    if (sse == null || sse.equals(ObjectEncryption.AES256)) {
      if (kmsKey != null) {
        throw invalidArgument(
            "Server Side Encryption with AWS KMS managed key requires HTTP header"
                + " x-amz-server-side-encryption : aws:kms",
            KMS_KEY_ID,
            kmsKey);
      }
      return ObjectEncryption.S3_MANAGED;
    }
    if (!sse.equals(ObjectEncryption.KMS) && !sse.equals(ObjectEncryption.KMS_DSSE)) {
      throw invalidArgument("The encryption method specified is not supported", SSE, sse);
    }
    String context = fields.get(KMS_CONTEXT);
    if (context != null && !isBase64(context)) {
      throw invalidArgument(
          "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string"
              + " holding JSON which represents a string-string map",
          KMS_CONTEXT,
          context);
    }
    return ObjectEncryption.kms(
        sse,
        kmsKeyArn(kmsKey, region, writer),
        context,
        "true".equalsIgnoreCase(fields.get(BUCKET_KEY_ENABLED)));
  }

  /**
   * The encryption an upload asks for, or, when it names none, the bucket's default encryption
   * ({@link BucketEncryption}): SSE-S3 unless the bucket's owner set a KMS default.
   *
   * @throws AwsException {@code InvalidArgument} or {@code InvalidEncryptionAlgorithmError}
   */
  public static ObjectEncryption forUpload(UploadFields fields, Bucket bucket, AccountId writer) {
    ObjectEncryption asked = forUpload(fields, bucket.region(), writer);
    if (fields.has(SSE)
        || fields.has(KMS_KEY_ID)
        || fields.has(CUSTOMER_ALGORITHM)
        || fields.has(CUSTOMER_KEY)
        || fields.has(CUSTOMER_KEY_MD5)) {
      return asked;
    }
    return BucketEncryption.defaultFor(bucket)
        .map(
            kms ->
                ObjectEncryption.kms(
                    kms.algorithm(),
                    kmsKeyArn(kms.keyId(), bucket.region(), bucket.owner()),
                    null,
                    kms.bucketKeyEnabled()))
        .orElse(asked);
  }

  /**
   * Checks that a read names the customer key of an SSE-C object, and no key for any other.
   *
   * @throws AwsException {@code InvalidRequest} when the key is missing or not applicable, {@code
   *     AccessDenied} when it is not the object's key
   */
  public static void checkReadKey(UploadFields fields, StoredObject object) {
    boolean sent =
        fields.has(CUSTOMER_ALGORITHM) || fields.has(CUSTOMER_KEY) || fields.has(CUSTOMER_KEY_MD5);
    if (!object.encryption().isCustomerKey()) {
      if (sent) {
        throw S3Errors.INVALID_REQUEST.exception(
            "The encryption parameters are not applicable to this object.");
      }
      return;
    }
    if (!sent) {
      throw S3Errors.INVALID_REQUEST.exception(
          "The object was stored using a form of Server Side Encryption. The correct parameters"
              + " must be provided to retrieve the object.");
    }
    if (!customerKeyMd5(fields).equals(object.encryption().customerKeyMd5())) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
  }

  /** Adds the headers that state an object's encryption (GetObject, HeadObject, PutObject). */
  public static MotoResponse describe(MotoResponse response, ObjectEncryption encryption) {
    if (encryption.isCustomerKey()) {
      return response
          .header(CUSTOMER_ALGORITHM, encryption.customerAlgorithm())
          .header(CUSTOMER_KEY_MD5, encryption.customerKeyMd5());
    }
    response.header(SSE, encryption.serverSideEncryption());
    if (encryption.isKms()) {
      response.header(KMS_KEY_ID, encryption.kmsKeyId());
      if (encryption.bucketKeyEnabled()) {
        response.header(BUCKET_KEY_ENABLED, "true");
      }
    }
    return response;
  }

  /**
   * The ARN of a KMS key as S3 reports it: an ARN as given, an alias or key id in the writer's
   * account and the bucket's region, or the account's AWS managed {@code aws/s3} key (a stable id
   * per account and region) when none is named.
   */
  static String kmsKeyArn(String keyId, String region, AccountId writer) {
    String prefix = "arn:" + Regions.partitionOf(region) + ":kms:" + region + ":" + writer.value();
    if (keyId == null || keyId.isBlank()) {
      UUID managed =
          UUID.nameUUIDFromBytes(
              ("aws/s3:" + writer.value() + ":" + region).getBytes(StandardCharsets.UTF_8));
      return prefix + ":key/" + managed;
    }
    if (keyId.startsWith("arn:")) {
      return keyId;
    }
    return keyId.startsWith("alias/") ? prefix + ":" + keyId : prefix + ":key/" + keyId;
  }

  /** The base64 MD5 of the customer key the fields carry, checked as S3 checks it. */
  private static String customerKeyMd5(UploadFields fields) {
    String algorithm = fields.get(CUSTOMER_ALGORITHM);
    if (algorithm == null) {
      throw invalidArgument(
          "Requests specifying Server Side Encryption with Customer provided keys must provide a"
              + " valid encryption algorithm.",
          CUSTOMER_ALGORITHM,
          null);
    }
    if (!algorithm.equals(ObjectEncryption.AES256)) {
      throw S3Errors.INVALID_ENCRYPTION_ALGORITHM
          .exception()
          .with("ArgumentName", CUSTOMER_ALGORITHM)
          .with("ArgumentValue", algorithm);
    }
    String key = fields.get(CUSTOMER_KEY);
    if (key == null) {
      throw invalidArgument(
          "Requests specifying Server Side Encryption with Customer provided keys must provide an"
              + " appropriate secret key.",
          CUSTOMER_KEY,
          null);
    }
    byte[] keyBytes = decodeBase64(key);
    if (keyBytes == null || keyBytes.length != 32) {
      throw invalidArgument(
          "The secret key was invalid for the specified algorithm.", CUSTOMER_KEY, null);
    }
    String md5 = Base64.getEncoder().encodeToString(md5(keyBytes));
    String given = fields.get(CUSTOMER_KEY_MD5);
    if (given == null) {
      throw invalidArgument(
          "Requests specifying Server Side Encryption with Customer provided keys must provide the"
              + " client calculated MD5 of the secret key.",
          CUSTOMER_KEY_MD5,
          null);
    }
    if (!given.equals(md5)) {
      throw invalidArgument(
          "The calculated MD5 hash of the key did not match the hash that was provided.",
          CUSTOMER_KEY_MD5,
          null);
    }
    return md5;
  }

  private static boolean isBase64(String text) {
    return decodeBase64(text) != null;
  }

  private static byte[] decodeBase64(String text) {
    try {
      return Base64.getDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AwsException invalidArgument(String message, String name, String value) {
    return S3Errors.INVALID_ARGUMENT
        .exception(message)
        .with("ArgumentName", name)
        .with("ArgumentValue", value);
  }
}
