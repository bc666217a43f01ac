package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * A 200 MiB object goes through the server as a stream both ways: the client generates it as it
 * sends and digests it as it reads, and the server keeps it in a temporary file, never whole in
 * memory (the blob store holds at most 1 MiB of a body in memory before spilling it).
 */
class LargeObjectTest {

  private static final long SIZE = 200L * 1024 * 1024;

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_200_mebibyte_object_streams_in_and_out_through_a_temporary_file() {
    BlobStore blobs = server.moto().injector().getInstance(BlobStore.class);
    S3Client s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("large"));

    PutObjectResponse put =
        s3.putObject(
            b -> b.bucket("large").key("huge.bin"),
            RequestBody.fromContentProvider(
                () -> GeneratedContent.stream(200, SIZE), SIZE, "application/octet-stream"));
    String md5 = GeneratedContent.md5Hex(200, SIZE);
    assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");

    StoredObject stored =
        server
            .moto()
            .injector()
            .getInstance(BucketNamespace.class)
            .get("large")
            .objects()
            .get("huge.bin");
    assertThat(stored.size()).isEqualTo(SIZE);
    assertThat(stored.body().isSpilled()).isTrue();
    assertThat(blobs.fileCount()).isEqualTo(1);
    assertThat(blobs.spilledBytes()).isEqualTo(SIZE);

    ResponseInputStream<GetObjectResponse> got =
        s3.getObject(b -> b.bucket("large").key("huge.bin"));
    assertThat(got.response().contentLength()).isEqualTo(SIZE);
    assertThat(GeneratedContent.md5Hex(got)).isEqualTo(md5);

    s3.putObject(b -> b.bucket("large").key("huge.bin"), RequestBody.fromString("small now"));
    Eventually.await("the replaced 200 MiB file to go", () -> blobs.fileCount() == 0);
    assertThat(blobs.spilledBytes()).isZero();
  }
}
