package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.Presigning.element;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.awscore.presigner.PresignedRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned URLs made by the AWS SDK's {@link S3Presigner} (SigV4 query authentication) for GET,
 * PUT, HEAD, DELETE and UploadPart, sent with a plain HTTP client; run once per addressing style.
 */
abstract class PresignedUrlBehaviour {

  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  static final MovableClock clock = new MovableClock(Instant.now());
  static MotoServer server;

  S3Client s3;
  S3Client other;
  S3Presigner presigner;
  S3Presigner otherPresigner;

  abstract S3TestServer.Style style();

  @BeforeAll
  static void startServer() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).clock(clock).build())
            .build()
            .start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void buckets() {
    clock.set(Instant.now());
    server.moto().reset();
    s3 = S3TestServer.client(server, style());
    other = S3TestServer.client(server, style(), "us-east-1", ANOTHER_ACCOUNT);
    presigner = Presigning.presigner(server, style(), Presigning.DEFAULT_KEY);
    otherPresigner =
        Presigning.presigner(server, style(), Presigning.issueKey(server, ANOTHER_ACCOUNT));
    s3.createBucket(b -> b.bucket("presigned"));
    other.createBucket(b -> b.bucket("theirs"));
  }

  @AfterEach
  void close() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
    presigner.close();
    otherPresigner.close();
  }

  @Test
  void presigned_put_get_head_and_delete_urls_work_on_an_object() {
    HttpResponse<String> put = send(presignPut(presigner, "presigned", "notes/a b.txt"), "hello");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.headers().firstValue("ETag")).hasValue("\"5d41402abc4b2a76b9719d911017c592\"");

    HttpResponse<String> get = send(presignGet(presigner, "presigned", "notes/a b.txt"), null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("hello");

    HttpResponse<String> head = send(presignHead(presigner, "presigned", "notes/a b.txt"), null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).hasValue("5");

    HttpResponse<String> delete =
        send(presignDelete(presigner, "presigned", "notes/a b.txt"), null);
    assertThat(delete.statusCode()).isEqualTo(204);
    assertThat(send(presignGet(presigner, "presigned", "notes/a b.txt"), null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void a_presigned_url_acts_in_the_account_of_its_key() {
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");

    HttpResponse<String> own = send(presignPut(otherPresigner, "theirs", "k"), "mine");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(other.getObjectAsBytes(b -> b.bucket("theirs").key("k")).asUtf8String())
        .isEqualTo("mine");

    HttpResponse<String> foreign = send(presignPut(presigner, "theirs", "k"), "intruder");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(element(foreign.body(), "Code")).isEqualTo("AccessDenied");
    assertThat(other.getObjectAsBytes(b -> b.bucket("theirs").key("k")).asUtf8String())
        .isEqualTo("mine");
  }

  @Test
  void with_cross_account_access_off_another_accounts_key_is_denied_every_presigned_operation() {
    s3.putObject(b -> b.bucket("presigned").key("k"), RequestBody.fromString("kept"));
    assertThat(send(presignGet(otherPresigner, "presigned", "k"), null).body()).isEqualTo("kept");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    HttpResponse<String> get = send(presignGet(otherPresigner, "presigned", "k"), null);
    HttpResponse<String> put = send(presignPut(otherPresigner, "presigned", "k"), "replaced");
    HttpResponse<String> head = send(presignHead(otherPresigner, "presigned", "k"), null);
    HttpResponse<String> delete = send(presignDelete(otherPresigner, "presigned", "k"), null);

    for (HttpResponse<String> denied : new HttpResponse[] {get, put, delete}) {
      assertThat(denied.statusCode()).isEqualTo(403);
      assertThat(element(denied.body(), "Code")).isEqualTo("AccessDenied");
      assertThat(element(denied.body(), "Message")).isEqualTo("Access Denied");
    }
    assertThat(head.statusCode()).isEqualTo(403);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("presigned").key("k")).asUtf8String())
        .isEqualTo("kept");
  }

  @Test
  void an_expired_url_is_refused_with_its_expiry_and_the_server_time_whatever_the_operation() {
    s3.putObject(b -> b.bucket("presigned").key("k"), RequestBody.fromString("kept"));
    PresignedRequest get = presignGet(presigner, "presigned", "k");
    PresignedRequest put = presignPut(presigner, "presigned", "k");
    PresignedRequest delete = presignDelete(presigner, "presigned", "k");
    PresignedRequest part = presignUploadPart(presigner, "presigned", "k", "upload-1", 1);
    PresignedRequest head = presignHead(presigner, "presigned", "k");
    PresignedRequest[] urls = {get, put, delete, part, head};
    // Signing may straddle a second: expire the last one signed.
    Instant lastSigned = signedAt(get);
    for (PresignedRequest presigned : urls) {
      lastSigned = signedAt(presigned).isAfter(lastSigned) ? signedAt(presigned) : lastSigned;
    }
    clock.set(lastSigned.plus(LIFETIME).plusSeconds(1));

    for (PresignedRequest presigned : new PresignedRequest[] {get, put, delete, part}) {
      boolean upload = presigned == put || presigned == part;
      HttpResponse<String> response = send(presigned, upload ? "replaced" : null);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      assertThat(response.body())
          .contains(
              "<Code>AccessDenied</Code><Message>Request has expired</Message>"
                  + "<X-Amz-Expires>300</X-Amz-Expires>"
                  + "<Expires>"
                  + signedAt(presigned).plus(LIFETIME)
                  + "</Expires>"
                  + "<ServerTime>"
                  + clock.instant()
                  + "</ServerTime><RequestId>");
    }
    HttpResponse<String> expiredHead = send(head, null);
    assertThat(expiredHead.statusCode()).isEqualTo(403);
    assertThat(expiredHead.body()).isEmpty();

    assertThat(s3.getObjectAsBytes(b -> b.bucket("presigned").key("k")).asUtf8String())
        .isEqualTo("kept");
  }

  @Test
  void a_url_serves_up_to_and_including_its_last_second() {
    s3.putObject(b -> b.bucket("presigned").key("k"), RequestBody.fromString("kept"));
    PresignedRequest get = presignGet(presigner, "presigned", "k");
    clock.set(signedAt(get).plus(LIFETIME));
    assertThat(send(get, null).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    assertThat(send(get, null).statusCode()).isEqualTo(403);
  }

  @Test
  void a_presigned_upload_part_url_uploads_a_part() {
    String uploadId = s3.createMultipartUpload(b -> b.bucket("presigned").key("big")).uploadId();
    PresignedRequest part = presignUploadPart(presigner, "presigned", "big", uploadId, 1);
    HttpResponse<String> response = send(part, "part one");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + md5("part one") + "\"");
    assertThat(s3.listParts(b -> b.bucket("presigned").key("big").uploadId(uploadId)).parts())
        .singleElement()
        .satisfies(p -> assertThat(p.size()).isEqualTo(8L));
  }

  private HttpResponse<String> send(PresignedRequest presigned, String body) {
    return Presigning.send(
        server, presigned, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant signedAt(PresignedRequest presigned) {
    String date = Presigning.queryParameter(URI.create(presigned.url().toString()), "X-Amz-Date");
    return LocalDateTime.parse(date, AMZ_DATE).toInstant(ZoneOffset.UTC);
  }

  private static PresignedRequest presignGet(S3Presigner presigner, String bucket, String key) {
    return presigner.presignGetObject(
        r -> r.signatureDuration(LIFETIME).getObjectRequest(g -> g.bucket(bucket).key(key)));
  }

  private static PresignedRequest presignPut(S3Presigner presigner, String bucket, String key) {
    return presigner.presignPutObject(
        r -> r.signatureDuration(LIFETIME).putObjectRequest(p -> p.bucket(bucket).key(key)));
  }

  private static PresignedRequest presignHead(S3Presigner presigner, String bucket, String key) {
    return presigner.presignHeadObject(
        r -> r.signatureDuration(LIFETIME).headObjectRequest(h -> h.bucket(bucket).key(key)));
  }

  private static PresignedRequest presignDelete(S3Presigner presigner, String bucket, String key) {
    return presigner.presignDeleteObject(
        r -> r.signatureDuration(LIFETIME).deleteObjectRequest(d -> d.bucket(bucket).key(key)));
  }

  private static PresignedRequest presignUploadPart(
      S3Presigner presigner, String bucket, String key, String uploadId, int partNumber) {
    return presigner.presignUploadPart(
        r ->
            r.signatureDuration(LIFETIME)
                .uploadPartRequest(
                    u -> u.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)));
  }
}
