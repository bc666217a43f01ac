package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * CopyObject, RenameObject, DeleteObjects and GetObjectAttributes through the async (Netty) SDK
 * client, whose request bodies and checksums it frames its own way, in both addressing styles.
 */
class AsyncCopyRenameDeleteTest {

  private static final String BUCKET = "async-moves";
  private static MotoServer server;
  private static LoopbackTunnel tunnel;

  @BeforeAll
  static void startServer() throws IOException {
    server = S3TestServer.start();
    tunnel = new LoopbackTunnel(server.port());
  }

  @AfterAll
  static void stopServer() throws IOException {
    tunnel.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.moto().reset();
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void copy_rename_attributes_and_a_multi_delete_work_from_another_account_too(
      S3TestServer.Style style) {
    try (S3AsyncClient s3 = AsyncClients.client(server, style, tunnel, null);
        S3AsyncClient other = AsyncClients.client(server, style, tunnel, ANOTHER_ACCOUNT)) {
      s3.createBucket(b -> b.bucket(BUCKET)).join();
      s3.putObject(b -> b.bucket(BUCKET).key("src"), AsyncRequestBody.fromString("async")).join();

      other
          .copyObject(
              b ->
                  b.sourceBucket(BUCKET)
                      .sourceKey("src")
                      .destinationBucket(BUCKET)
                      .destinationKey("copy"))
          .join();
      other
          .renameObject(b -> b.bucket(BUCKET).key("renamed").renameSource(BUCKET + "/copy"))
          .join();
      assertThat(
              other
                  .getObjectAttributes(
                      b ->
                          b.bucket(BUCKET)
                              .key("renamed")
                              .objectAttributes(ObjectAttributes.OBJECT_SIZE))
                  .join()
                  .objectSize())
          .isEqualTo(5);
      assertThat(
              s3.getObject(b -> b.bucket(BUCKET).key("renamed"), AsyncResponseTransformer.toBytes())
                  .join()
                  .asUtf8String())
          .isEqualTo("async");

      List<ObjectIdentifier> keys =
          IntStream.range(0, 300)
              .mapToObj(i -> ObjectIdentifier.builder().key(i == 0 ? "src" : "k" + i).build())
              .toList();
      DeleteObjectsResponse deleted =
          other.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(keys))).join();
      assertThat(deleted.deleted()).hasSize(300).extracting(DeletedObject::key).contains("src");
      assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("src")).join())
          .hasCauseInstanceOf(NoSuchKeyException.class);

      server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
      assertThatThrownBy(
              () ->
                  other
                      .copyObject(
                          b ->
                              b.sourceBucket(BUCKET)
                                  .sourceKey("renamed")
                                  .destinationBucket(BUCKET)
                                  .destinationKey("denied"))
                      .join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
  }
}
