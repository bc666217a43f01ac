package org.moto4j.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.moto4j.core.blob.ChecksumAlgorithm;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** A server, SDK clients in two accounts and helpers for the CopyObject behaviours. */
abstract class CopyObjectFixture extends TwoAccountFixture {

  static final String SOURCE = "source";
  static final String TARGET = "target";

  @BeforeEach
  void buckets() {
    s3.createBucket(b -> b.bucket(SOURCE));
    s3.createBucket(b -> b.bucket(TARGET));
  }

  /** A copy from {@code source/...} to {@code target/copy} unless the customizer says otherwise. */
  CopyObjectResponse copy(Consumer<CopyObjectRequest.Builder> customizer) {
    return s3.copyObject(
        b -> {
          b.sourceBucket(SOURCE).destinationBucket(TARGET).destinationKey("copy");
          customizer.accept(b);
        });
  }

  String put(String bucket, String key, String content) {
    return s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content)).eTag();
  }

  String body(String bucket, String key) {
    ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
    return bytes.asUtf8String();
  }

  /** A 32-byte customer key filled with {@code fill}: its base64 and its base64 MD5. */
  static String[] customerKey(byte fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, fill);
    try {
      return new String[] {
        Base64.getEncoder().encodeToString(key),
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(key))
      };
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String checksum(ChecksumAlgorithm algorithm, byte[] content) {
    ChecksumAlgorithm.Digest digest = algorithm.newDigest();
    digest.update(content, 0, content.length);
    return Base64.getEncoder().encodeToString(digest.finish());
  }
}
