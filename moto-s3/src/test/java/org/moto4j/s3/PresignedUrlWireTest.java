package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.Presigning.element;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Presigned URLs built by hand, on the wire: what S3 answers for query parameters that are missing,
 * malformed or out of range (SigV4 and SigV2), and for SigV2 URLs, which no current SDK makes.
 */
class PresignedUrlWireTest {

  /** The server's now: 2030-01-01T00:00:00Z. */
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private static final MovableClock clock = new MovableClock(NOW);
  private static MotoServer server;
  private S3Client s3;

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
  void bucket() {
    clock.set(NOW);
    server.moto().reset();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("wire"));
    s3.putObject(b -> b.bucket("wire").key("k"), RequestBody.fromString("kept"));
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @Test
  void a_sigv4_url_in_date_serves_and_one_past_its_expiry_is_refused() {
    assertThat(get(sigV4("20291231T235500Z", "300")).statusCode()).isEqualTo(200);
    HttpResponse<String> expired = get(sigV4("20291231T235000Z", "599"));
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body())
        .contains(
            "<Code>AccessDenied</Code><Message>Request has expired</Message>"
                + "<X-Amz-Expires>599</X-Amz-Expires><Expires>2029-12-31T23:59:59Z</Expires>"
                + "<ServerTime>2030-01-01T00:00:00Z</ServerTime>");
  }

  @ParameterizedTest(name = "X-Amz-Expires={0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "604801              | X-Amz-Expires must be less than a week (in seconds) that is 604800",
        "9223372036854775807 | X-Amz-Expires must be less than a week (in seconds) that is 604800",
        "-1                  | X-Amz-Expires must be non-negative",
        "9223372036854775808 | X-Amz-Expires should be a number",
        "soon                | X-Amz-Expires should be a number",
      })
  void an_expiry_out_of_range_is_an_AuthorizationQueryParametersError(
      String expires, String message) {
    assertQueryParametersError(get(sigV4("20300101T000000Z", expires)), message);
  }

  @Test
  void the_longest_expiry_a_week_is_accepted() {
    assertThat(get(sigV4("20291225T000000Z", "604800")).statusCode()).isEqualTo(200);
  }

  @Test
  void a_date_not_in_the_iso8601_long_format_is_an_AuthorizationQueryParametersError() {
    for (String date : new String[] {"2030-01-01T00:00:00Z", "20300101", "20301301T000000Z"}) {
      assertQueryParametersError(
          get(sigV4(date, "300")),
          "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    }
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Signature",
    "X-Amz-Date",
    "X-Amz-SignedHeaders",
    "X-Amz-Expires"
  })
  void a_missing_sigv4_parameter_is_an_AuthorizationQueryParametersError(String parameter) {
    String query = sigV4("20300101T000000Z", "300").replaceAll("(^|&)" + parameter + "=[^&]*", "");
    assertQueryParametersError(
        get(query),
        "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential,"
            + " X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
  }

  @Test
  void another_algorithm_is_an_AuthorizationQueryParametersError() {
    String query = sigV4("20300101T000000Z", "300").replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512");
    assertQueryParametersError(get(query), "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
  }

  @Test
  void a_presigned_url_with_an_authorization_header_too_is_refused() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/wire/k?" + sigV4("20300101T000000Z", "300"))
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20300101/us-east-1/s3/"
                        + "aws4_request, SignedHeaders=host, Signature=abc")
                .build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("InvalidArgument");
    assertThat(element(response.body(), "Message"))
        .isEqualTo(
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter,"
                + " Signature query string parameter or the Authorization header should be"
                + " specified");
    assertThat(element(response.body(), "ArgumentName")).isEqualTo("Authorization");
  }

  @Test
  void expiry_is_checked_before_the_request_is_routed_or_its_bucket_looked_up() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/nowhere/k?" + sigV4("20200101T000000Z", "60"))
                .method("PATCH", BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Message")).isEqualTo("Request has expired");
  }

  @Test
  void a_sigv2_url_serves_until_its_expires_and_then_is_refused() {
    long expires = NOW.getEpochSecond();
    assertThat(get(sigV2(Presigning.DEFAULT_KEY, Long.toString(expires))).body()).isEqualTo("kept");
    clock.set(NOW.plusSeconds(1));
    HttpResponse<String> expired = get(sigV2(Presigning.DEFAULT_KEY, Long.toString(expires)));
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body())
        .contains(
            "<Code>AccessDenied</Code><Message>Request has expired</Message>"
                + "<Expires>2030-01-01T00:00:00Z</Expires>"
                + "<ServerTime>2030-01-01T00:00:01Z</ServerTime><RequestId>");
  }

  @Test
  void a_sigv2_put_stores_and_an_expired_one_stores_nothing() {
    String later = Long.toString(NOW.plusSeconds(60).getEpochSecond());
    HttpResponse<String> put =
        S3TestServer.send(
            S3TestServer.request(server, "/wire/v2?" + sigV2(Presigning.DEFAULT_KEY, later))
                .PUT(BodyPublishers.ofString("v2"))
                .build());
    assertThat(put.statusCode()).isEqualTo(200);
    clock.set(NOW.plusSeconds(61));
    HttpResponse<String> late =
        S3TestServer.send(
            S3TestServer.request(server, "/wire/v2?" + sigV2(Presigning.DEFAULT_KEY, later))
                .PUT(BodyPublishers.ofString("late"))
                .build());
    assertThat(late.statusCode()).isEqualTo(403);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("wire").key("v2")).asUtf8String()).isEqualTo("v2");
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"AWSAccessKeyId", "Signature", "Expires"})
  void a_missing_sigv2_parameter_is_AccessDenied(String parameter) {
    String query =
        sigV2(Presigning.DEFAULT_KEY, Long.toString(NOW.getEpochSecond() + 60))
            .replaceAll("(^|&)" + parameter + "=[^&]*", "");
    HttpResponse<String> response = get(query);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("AccessDenied");
    assertThat(element(response.body(), "Message"))
        .isEqualTo(
            "Query-string authentication requires the Signature, Expires and AWSAccessKeyId"
                + " parameters");
  }

  @ParameterizedTest(name = "Expires={0}")
  @CsvSource({"tomorrow", "4294967296"})
  void a_sigv2_expires_that_is_no_32_bit_epoch_second_is_AccessDenied(String expires) {
    HttpResponse<String> response = get(sigV2(Presigning.DEFAULT_KEY, expires));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Message"))
        .isEqualTo("Invalid date (should be seconds since epoch): " + expires);
  }

  @Test
  void a_sigv2_url_acts_in_the_account_of_its_key_and_the_switch_denies_other_accounts() {
    String theirs = Presigning.issueKey(server, ANOTHER_ACCOUNT);
    String later = Long.toString(NOW.plusSeconds(60).getEpochSecond());
    assertThat(get(sigV2(theirs, later)).body()).isEqualTo("kept");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    HttpResponse<String> denied = get(sigV2(theirs, later));
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(element(denied.body(), "Message")).isEqualTo("Access Denied");
    assertThat(get(sigV2(Presigning.DEFAULT_KEY, later)).body()).isEqualTo("kept");
  }

  @Test
  void a_sigv4_url_with_another_accounts_key_is_denied_when_the_switch_is_off() {
    String theirs = Presigning.issueKey(server, ANOTHER_ACCOUNT);
    String query = sigV4("20300101T000000Z", "300").replace(Presigning.DEFAULT_KEY, theirs);
    assertThat(get(query).statusCode()).isEqualTo(200);
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    HttpResponse<String> denied = get(query);
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(element(denied.body(), "Code")).isEqualTo("AccessDenied");
  }

  private static void assertQueryParametersError(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("AuthorizationQueryParametersError");
    assertThat(element(response.body(), "Message")).isEqualTo(message);
  }

  private static HttpResponse<String> get(String query) {
    HttpRequest request = S3TestServer.request(server, "/wire/k?" + query).build();
    return S3TestServer.send(request);
  }

  private static String sigV4(String date, String expires) {
    return "X-Amz-Algorithm=AWS4-HMAC-SHA256"
        + "&X-Amz-Credential="
        + Presigning.DEFAULT_KEY
        + "%2F20300101%2Fus-east-1%2Fs3%2Faws4_request"
        + "&X-Amz-Date="
        + date
        + "&X-Amz-Expires="
        + expires
        + "&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=0123456789abcdef";
  }

  private static String sigV2(String accessKey, String expires) {
    return "AWSAccessKeyId=" + accessKey + "&Expires=" + expires + "&Signature=c2lnbmF0dXJl%3D";
  }
}
