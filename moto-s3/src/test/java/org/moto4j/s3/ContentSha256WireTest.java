package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moto4j.servlet.MotoServer;

/**
 * The payload SHA-256 a signed request states in {@code x-amz-content-sha256}, on the wire: S3
 * compares it with the body it received and keeps nothing of a body that does not match; {@code
 * UNSIGNED-PAYLOAD} states nothing. Each case runs in the default account and in another one.
 */
class ContentSha256WireTest {

  private static final String ANOTHER_ACCOUNT = "111111111111";
  private static final String MISMATCH = "XAmzContentSHA256Mismatch";
  private static final String MISMATCH_MESSAGE =
      "The provided 'x-amz-content-sha256' header does not match what was computed.";
  private static final Pattern ERROR =
      Pattern.compile(
          "<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n"
              + "<Error><Code>(?<code>[^<]+)</Code><Message>(?<message>[^<]*)</Message>"
              + "(?<details>.*)<RequestId>[^<]+</RequestId><HostId>[^<]+</HostId></Error>");

  private static MotoServer server;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.moto().reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ANOTHER_ACCOUNT})
  void a_put_whose_body_matches_the_stated_sha256_is_stored(String account) {
    createBucket(account);
    HttpResponse<String> put =
        send(
            account,
            "PUT",
            "/sha/right",
            Map.of("x-amz-content-sha256", sha256("payload")),
            "payload");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    HttpResponse<String> get = send(account, "GET", "/sha/right", Map.of(), null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("payload");

    String upper = sha256("upper").toUpperCase(Locale.ROOT);
    assertThat(
            send(account, "PUT", "/sha/upper", Map.of("x-amz-content-sha256", upper), "upper")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(
                    account,
                    "PUT",
                    "/sha/unsigned",
                    Map.of("x-amz-content-sha256", "UNSIGNED-PAYLOAD"),
                    "x")
                .statusCode())
        .isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ANOTHER_ACCOUNT})
  void a_put_whose_body_differs_from_the_stated_sha256_is_refused_and_stores_nothing(
      String account) {
    createBucket(account);
    HttpResponse<String> refused =
        send(
            account,
            "PUT",
            "/sha/wrong",
            Map.of("x-amz-content-sha256", sha256("other")),
            "payload");
    assertMismatch(refused, sha256("other"), sha256("payload"));
    assertThat(send(account, "HEAD", "/sha/wrong", Map.of(), null).statusCode()).isEqualTo(404);

    // Nor does it replace what the key held.
    assertThat(send(account, "PUT", "/sha/kept", Map.of(), "first").statusCode()).isEqualTo(200);
    assertMismatch(
        send(
            account, "PUT", "/sha/kept", Map.of("x-amz-content-sha256", sha256("first")), "second"),
        sha256("first"),
        sha256("second"));
    assertThat(send(account, "GET", "/sha/kept", Map.of(), null).body()).isEqualTo("first");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ANOTHER_ACCOUNT})
  void a_part_whose_body_differs_from_the_stated_sha256_is_refused_and_not_kept(String account) {
    createBucket(account);
    HttpResponse<String> created = send(account, "POST", "/sha/big?uploads", Map.of(), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    Matcher id = Pattern.compile("<UploadId>([^<]+)</UploadId>").matcher(created.body());
    assertThat(id.find()).isTrue();
    String part = "/sha/big?partNumber=1&uploadId=" + id.group(1);

    assertMismatch(
        send(account, "PUT", part, Map.of("x-amz-content-sha256", sha256("other")), "part one"),
        sha256("other"),
        sha256("part one"));
    HttpResponse<String> parts =
        send(account, "GET", "/sha/big?uploadId=" + id.group(1), Map.of(), null);
    assertThat(parts.statusCode()).as(parts.body()).isEqualTo(200);
    assertThat(parts.body()).doesNotContain("<Part>");

    HttpResponse<String> accepted =
        send(account, "PUT", part, Map.of("x-amz-content-sha256", sha256("part one")), "part one");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ANOTHER_ACCOUNT})
  void a_configuration_whose_body_differs_from_the_stated_sha256_is_refused_and_not_applied(
      String account) {
    createBucket(account);
    String tagging = "<Tagging><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>";
    assertMismatch(
        send(account, "PUT", "/sha?tagging", Map.of("x-amz-content-sha256", sha256("x")), tagging),
        sha256("x"),
        sha256(tagging));
    assertThat(send(account, "GET", "/sha?tagging", Map.of(), null).statusCode()).isEqualTo(404);
    HttpResponse<String> applied =
        send(
            account,
            "PUT",
            "/sha?tagging",
            Map.of("x-amz-content-sha256", sha256(tagging)),
            tagging);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(204);
    assertThat(send(account, "GET", "/sha?tagging", Map.of(), null).body())
        .contains("<Key>k</Key>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ANOTHER_ACCOUNT})
  void a_bucket_whose_configuration_differs_from_the_stated_sha256_is_not_created(String account) {
    String configuration =
        "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint>"
            + "</CreateBucketConfiguration>";
    assertMismatch(
        send(account, "PUT", "/sha", Map.of("x-amz-content-sha256", sha256("x")), configuration),
        sha256("x"),
        sha256(configuration));
    assertThat(send(account, "HEAD", "/sha", Map.of(), null).statusCode()).isEqualTo(404);
  }

  private static void createBucket(String account) {
    HttpResponse<String> created = send(account, "PUT", "/sha", Map.of(), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  private static void assertMismatch(HttpResponse<String> response, String client, String s3) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Matcher error = ERROR.matcher(response.body());
    assertThat(error.matches()).as(response.body()).isTrue();
    assertThat(error.group("code")).isEqualTo(MISMATCH);
    assertThat(error.group("message")).isEqualTo(MISMATCH_MESSAGE);
    assertThat(error.group("details"))
        .isEqualTo(
            "<ClientComputedContentSHA256>"
                + client
                + "</ClientComputedContentSHA256><S3ComputedContentSHA256>"
                + s3
                + "</S3ComputedContentSHA256>");
  }

  private static HttpResponse<String> send(
      String account, String method, String path, Map<String, String> headers, String body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (!account.isEmpty()) {
      all.put("x-moto-account-id", account);
    }
    HttpRequest.Builder request =
        S3TestServer.request(server, path)
            .method(
                method,
                body == null
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    all.forEach(request::header);
    return S3TestServer.send(request.build());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
