package org.moto4j.s3;

import java.util.stream.IntStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/** The sync SDK's multipart calls on one bucket, in short. */
record MultipartCalls(S3Client s3, String bucket) {

  String create(String key) {
    return s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
  }

  UploadPartResponse upload(String key, String uploadId, int number, byte[] bytes) {
    return s3.uploadPart(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
        RequestBody.fromBytes(bytes));
  }

  UploadPartResponse upload(
      String key, String uploadId, int number, byte[] bytes, ChecksumAlgorithm algorithm) {
    return s3.uploadPart(
        b ->
            b.bucket(bucket)
                .key(key)
                .uploadId(uploadId)
                .partNumber(number)
                .checksumAlgorithm(algorithm),
        RequestBody.fromBytes(bytes));
  }

  /** Completes with parts 1..N of these ETags. */
  CompleteMultipartUploadResponse complete(String key, String uploadId, String... etags) {
    CompletedPart[] parts =
        IntStream.range(0, etags.length)
            .mapToObj(i -> CompletedPart.builder().partNumber(i + 1).eTag(etags[i]).build())
            .toArray(CompletedPart[]::new);
    return s3.completeMultipartUpload(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
  }
}
