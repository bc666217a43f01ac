package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * Restores that take time ({@code MOTO_S3_RESTORE_DELAY_SECONDS}), on a server whose clock the test
 * moves: in progress (409 on a repeat, {@code ongoing-request="true"}, no reads), done, and expired
 * again.
 */
class RestoreDelayTest {

  private static final Instant START = Instant.parse("2026-03-10T22:30:00Z");
  private static final MovableClock clock = new MovableClock(START);
  private static MotoServer server;
  private S3Client s3;

  @BeforeAll
  static void startServer() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(
                Moto.builder()
                    .config(new MotoConfig(Map.of("MOTO_S3_RESTORE_DELAY_SECONDS", "3600")))
                    .clock(clock)
                    .build())
            .build()
            .start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void archivedObject() {
    server.moto().reset();
    clock.set(START);
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("slow"));
    s3.putObject(
        b -> b.bucket("slow").key("cold").storageClass(StorageClass.GLACIER),
        RequestBody.fromString("frozen"));
  }

  @AfterEach
  void disconnect() {
    s3.close();
  }

  @Test
  void a_restore_in_progress_refuses_repeats_and_reads_until_it_completes() {
    assertThat(restore(2)).isEqualTo(202);

    assertThat(restoreHeader()).isEqualTo("ongoing-request=\"true\"");
    assertError(
        () -> restore(2), 409, "RestoreAlreadyInProgress", "Object restore is already in progress");
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket("slow").key("cold")),
        403,
        "InvalidObjectState",
        "The operation is not valid for the object's storage class");

    clock.advance(Duration.ofHours(1));

    // Done at 23:30 on March 10th, kept two days: until midnight after March 12th 23:30.
    assertThat(restoreHeader())
        .isEqualTo("ongoing-request=\"false\", expiry-date=\"Fri, 13 Mar 2026 00:00:00 GMT\"");
    assertThat(s3.getObjectAsBytes(b -> b.bucket("slow").key("cold")).asUtf8String())
        .isEqualTo("frozen");
  }

  @Test
  void a_repeat_after_completion_moves_the_expiry_and_an_expired_restore_starts_over() {
    restore(1);
    clock.advance(Duration.ofHours(2));

    assertThat(restore(4)).isEqualTo(200);
    assertThat(restoreHeader()).endsWith("expiry-date=\"Mon, 16 Mar 2026 00:00:00 GMT\"");

    clock.set(Instant.parse("2026-03-16T00:00:00Z"));
    assertThat(restoreHeader()).isNull();
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket("slow").key("cold")),
        403,
        "InvalidObjectState",
        "The operation is not valid for the object's storage class");
    assertThat(restore(1)).isEqualTo(202);
    assertThat(restoreHeader()).isEqualTo("ongoing-request=\"true\"");
  }

  private int restore(int days) {
    return s3.restoreObject(b -> b.bucket("slow").key("cold").restoreRequest(r -> r.days(days)))
        .sdkHttpResponse()
        .statusCode();
  }

  private String restoreHeader() {
    return s3.headObject(b -> b.bucket("slow").key("cold")).restore();
  }
}
