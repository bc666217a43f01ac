package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * Object Lock and replication on the wire, against a server whose clock the test moves: the
 * documents and headers as S3 writes them, the checksum the model requires, error details, and
 * retention judged by the server's time (it expires; the default counts from the version's
 * creation).
 */
class ObjectLockWireTest {

  private static final Pattern ERROR =
      Pattern.compile(
          "<\\?xml[^>]*>\\s*<Error><Code>(?<code>[^<]*)</Code><Message>(?<message>[^<]*)</Message>"
              + "(?<details>.*)<RequestId>.*",
          Pattern.DOTALL);
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final MovableClock clock = new MovableClock(START);

  private static MotoServer server;

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
  void lockBucket() {
    server.moto().reset();
    clock.set(START);
    HttpResponse<String> created =
        S3TestServer.send(
            S3TestServer.request(server, "/locked")
                .header("x-amz-bucket-object-lock-enabled", "true")
                .PUT(BodyPublishers.noBody())
                .build());
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(send("PUT", "/plain", null).statusCode()).isEqualTo(200);
  }

  @Test
  void the_configuration_is_answered_in_s3_s_document() {
    assertThat(send("GET", "/locked?object-lock", null).body())
        .isEqualTo(
            XML
                + "<ObjectLockConfiguration "
                + NS
                + "><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>");
    String rule =
        "<ObjectLockConfiguration "
            + NS
            + "><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention>"
            + "<Mode>COMPLIANCE</Mode><Years>1</Years></DefaultRetention></Rule>"
            + "</ObjectLockConfiguration>";
    assertThat(sendWithMd5("PUT", "/locked?object-lock", rule).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/locked?object-lock", null).body()).isEqualTo(XML + rule);

    Matcher missing =
        assertError(
            send("GET", "/plain?object-lock", null),
            404,
            "ObjectLockConfigurationNotFoundError",
            "Object Lock configuration does not exist for this bucket");
    assertThat(missing.group("details")).contains("<BucketName>plain</BucketName>");
  }

  @Test
  void the_puts_the_model_marks_checksum_required_need_content_md5_or_a_checksum() {
    put("/locked/k", Map.of());
    String retention =
        "<Retention><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-02-01T00:00:00Z</RetainUntilDate>"
            + "</Retention>";
    String lock =
        "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled>"
            + "</ObjectLockConfiguration>";
    String hold = "<LegalHold><Status>ON</Status></LegalHold>";
    String replication =
        "<ReplicationConfiguration><Role>arn:aws:iam::123456789012:role/r</Role><Rule>"
            + "<Status>Enabled</Status><Prefix></Prefix><Destination>"
            + "<Bucket>arn:aws:s3:::locked</Bucket></Destination></Rule></ReplicationConfiguration>";
    for (String[] put :
        new String[][] {
          {"/locked/k?retention", retention},
          {"/locked?object-lock", lock},
          {"/locked/k?legal-hold", hold},
          {"/locked?replication", replication}
        }) {
      assertError(
          send("PUT", put[0], put[1]),
          400,
          "InvalidRequest",
          "Missing required header for this request: Content-Md5.");
      HttpResponse<String> wrong =
          S3TestServer.send(
              S3TestServer.request(server, put[0])
                  .header("Content-MD5", md5("something else"))
                  .PUT(BodyPublishers.ofString(put[1]))
                  .build());
      assertError(
          wrong, 400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
      assertThat(sendWithMd5("PUT", put[0], put[1]).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_version_s_retention_and_legal_hold_are_answered_in_s3_s_documents_and_headers() {
    put(
        "/locked/k",
        Map.of(
            "x-amz-object-lock-mode", "GOVERNANCE",
            "x-amz-object-lock-retain-until-date", "2030-03-04T05:06:07Z",
            "x-amz-object-lock-legal-hold", "ON",
            "Content-MD5", md5("data")));
    assertThat(send("GET", "/locked/k?retention", null).body())
        .isEqualTo(
            XML
                + "<Retention "
                + NS
                + "><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-03-04T05:06:07.000Z"
                + "</RetainUntilDate></Retention>");
    assertThat(send("GET", "/locked/k?legal-hold", null).body())
        .isEqualTo(XML + "<LegalHold " + NS + "><Status>ON</Status></LegalHold>");
    for (String method : new String[] {"GET", "HEAD"}) {
      HttpResponse<String> read = send(method, "/locked/k", null);
      assertThat(read.headers().firstValue("x-amz-object-lock-mode")).hasValue("GOVERNANCE");
      assertThat(read.headers().firstValue("x-amz-object-lock-retain-until-date"))
          .hasValue("2030-03-04T05:06:07.000Z");
      assertThat(read.headers().firstValue("x-amz-object-lock-legal-hold")).hasValue("ON");
    }
    put("/plain/k", Map.of());
    HttpResponse<String> plain = send("HEAD", "/plain/k", null);
    assertThat(plain.headers().map().keySet()).noneMatch(name -> name.contains("object-lock"));
  }

  @Test
  void a_put_creating_a_locked_version_must_say_what_its_bytes_are() {
    HttpResponse<String> unchecked =
        put(
            "/locked/k",
            Map.of(
                "x-amz-object-lock-mode", "COMPLIANCE",
                "x-amz-object-lock-retain-until-date", "2030-02-01T00:00:00Z"));
    assertError(
        unchecked,
        400,
        "InvalidRequest",
        "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with"
            + " Object Lock parameters");
    assertThat(send("GET", "/locked?versions", null).body()).doesNotContain("<Version>");

    // The bucket's default retention counts as a lock parameter too.
    sendWithMd5(
        "PUT",
        "/locked?object-lock",
        "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
            + "<DefaultRetention><Mode>GOVERNANCE</Mode><Days>1</Days></DefaultRetention></Rule>"
            + "</ObjectLockConfiguration>");
    assertThat(put("/locked/k", Map.of()).statusCode()).isEqualTo(400);
    assertThat(put("/locked/k", Map.of("Content-MD5", md5("data"))).statusCode()).isEqualTo(200);
    assertThat(put("/plain/k", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void a_lock_header_s_error_names_the_argument() {
    Matcher incomplete =
        assertError(
            put("/locked/k", Map.of("x-amz-object-lock-retain-until-date", "2030-02-01T00:00:00Z")),
            400,
            "InvalidArgument",
            "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied");
    assertThat(incomplete.group("details"))
        .contains("<ArgumentName>x-amz-object-lock-mode</ArgumentName>");
    Matcher malformed =
        assertError(
            put(
                "/locked/k",
                Map.of(
                    "x-amz-object-lock-mode", "GOVERNANCE",
                    "x-amz-object-lock-retain-until-date", "tomorrow")),
            400,
            "InvalidArgument",
            "The retain until date must be provided in ISO 8601 format");
    assertThat(malformed.group("details"))
        .contains("<ArgumentName>x-amz-object-lock-retain-until-date</ArgumentName>")
        .contains("<ArgumentValue>tomorrow</ArgumentValue>");
  }

  @Test
  void a_retention_expires_by_the_server_s_clock_and_the_version_can_then_go() {
    String version =
        put(
                "/locked/k",
                Map.of(
                    "x-amz-object-lock-mode", "COMPLIANCE",
                    "x-amz-object-lock-retain-until-date", "2030-01-01T00:01:00Z",
                    "Content-MD5", md5("data")))
            .headers()
            .firstValue("x-amz-version-id")
            .orElseThrow();
    assertError(
        send("DELETE", "/locked/k?versionId=" + version, null),
        403,
        "AccessDenied",
        "Access Denied because object protected by object lock.");
    // Once expired, the retention no longer protects the version nor holds its changes.
    clock.advance(Duration.ofMinutes(2));
    String shorter =
        "<Retention><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-01-01T00:03:00Z</RetainUntilDate>"
            + "</Retention>";
    assertThat(sendWithMd5("PUT", "/locked/k?retention&versionId=" + version, shorter).statusCode())
        .isEqualTo(200);
    clock.advance(Duration.ofMinutes(2));
    assertThat(send("DELETE", "/locked/k?versionId=" + version, null).statusCode()).isEqualTo(204);
  }

  @Test
  void a_default_retention_counts_from_the_version_s_creation() {
    sendWithMd5(
        "PUT",
        "/locked?object-lock",
        "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
            + "<DefaultRetention><Mode>GOVERNANCE</Mode><Days>3</Days></DefaultRetention></Rule>"
            + "</ObjectLockConfiguration>");
    clock.advance(Duration.ofHours(5));
    put("/locked/k", Map.of("Content-MD5", md5("data")));
    assertThat(
            send("HEAD", "/locked/k", null)
                .headers()
                .firstValue("x-amz-object-lock-retain-until-date"))
        .hasValue("2030-01-04T05:00:00.000Z");
    assertError(
        sendWithMd5(
            "PUT",
            "/locked/k?retention",
            "<Retention><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-01-01T04:00:00Z"
                + "</RetainUntilDate></Retention>"),
        400,
        "InvalidArgument",
        "The retain until date must be in the future!");
  }

  @Test
  void retention_and_legal_hold_documents_are_checked_against_the_schema() {
    put("/locked/k", Map.of());
    String malformed =
        "The XML you provided was not well-formed or did not validate against our published schema";
    for (String[] put :
        new String[][] {
          {"/locked/k?retention", "<Retention><Mode>GOVERNANCE</Mode></Retention>"},
          {
            "/locked/k?retention",
            "<Retention><Mode>governance</Mode><RetainUntilDate>2031-01-01T00:00:00Z"
                + "</RetainUntilDate></Retention>"
          },
          {
            "/locked/k?retention",
            "<Retention><Mode>GOVERNANCE</Mode><RetainUntilDate>soon</RetainUntilDate></Retention>"
          },
          {"/locked/k?retention", ""},
          {"/locked/k?legal-hold", "<LegalHold><Status>on</Status></LegalHold>"},
          {"/locked/k?legal-hold", "<Hold><Status>ON</Status></Hold>"},
          {"/locked?object-lock", "<ObjectLockConfiguration/>"},
          {
            "/locked?object-lock",
            "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule/>"
                + "</ObjectLockConfiguration>"
          },
          {
            "/locked?object-lock",
            "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                + "<DefaultRetention><Mode>GOVERNANCE</Mode><Days>x</Days></DefaultRetention>"
                + "</Rule></ObjectLockConfiguration>"
          }
        }) {
      assertError(sendWithMd5("PUT", put[0], put[1]), 400, "MalformedXML", malformed);
    }
    Matcher zero =
        assertError(
            sendWithMd5(
                "PUT",
                "/locked?object-lock",
                "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                    + "<DefaultRetention><Mode>GOVERNANCE</Mode><Days>0</Days></DefaultRetention>"
                    + "</Rule></ObjectLockConfiguration>"),
            400,
            "InvalidArgument",
            "Default retention period must be a positive integer value.");
    assertThat(zero.group("details")).contains("<ArgumentName>Days</ArgumentName>");
    assertError(
        send("GET", "/locked/k?retention", null),
        404,
        "NoSuchObjectLockConfiguration",
        "The specified object does not have a ObjectLock configuration");
    assertError(
        send("GET", "/locked/k?retention&versionId=bad", null),
        400,
        "InvalidArgument",
        "Invalid version id specified");
  }

  @Test
  void a_replication_document_needs_a_role_and_rules_and_is_answered_as_stored() {
    send("PUT", "/destination", null);
    sendWithMd5(
        "PUT",
        "/destination?versioning",
        "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>");
    String malformed =
        "The XML you provided was not well-formed or did not validate against our published schema";
    String rule =
        "<Rule><ID>r</ID><Status>Enabled</Status><Prefix>logs/</Prefix><Destination>"
            + "<Bucket>arn:aws:s3:::destination</Bucket></Destination></Rule>";
    assertError(
        sendWithMd5(
            "PUT",
            "/locked?replication",
            "<ReplicationConfiguration>" + rule + "</ReplicationConfiguration>"),
        400,
        "MalformedXML",
        malformed);
    assertError(
        sendWithMd5(
            "PUT",
            "/locked?replication",
            "<ReplicationConfiguration><Role>arn:aws:iam::123456789012:role/r</Role>"
                + "</ReplicationConfiguration>"),
        400,
        "MalformedXML",
        malformed);
    assertError(
        sendWithMd5("PUT", "/locked?replication", ""),
        400,
        "MissingRequestBodyError",
        "Request Body is empty");
    String document =
        "<ReplicationConfiguration "
            + NS
            + "><Role>arn:aws:iam::123456789012:role/r</Role>"
            + rule
            + "</ReplicationConfiguration>";
    assertThat(sendWithMd5("PUT", "/locked?replication", document).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/locked?replication", null).body()).isEqualTo(XML + document);
    assertThat(send("DELETE", "/locked?replication", null).statusCode()).isEqualTo(204);
    Matcher gone =
        assertError(
            send("GET", "/locked?replication", null),
            404,
            "ReplicationConfigurationNotFoundError",
            "The replication configuration was not found");
    assertThat(gone.group("details")).contains("<BucketName>locked</BucketName>");
  }

  @Test
  void in_another_account_a_lock_bucket_is_configured_by_its_own_owner_only() {
    HttpResponse<String> theirs =
        S3TestServer.send(
            S3TestServer.request(server, "/theirs")
                .header("x-moto-account-id", S3TestServer.ANOTHER_ACCOUNT)
                .header("x-amz-bucket-object-lock-enabled", "true")
                .PUT(BodyPublishers.noBody())
                .build());
    assertThat(theirs.statusCode()).isEqualTo(200);
    assertError(send("GET", "/theirs?object-lock", null), 403, "AccessDenied", "Access Denied");
    HttpResponse<String> own =
        S3TestServer.send(
            S3TestServer.request(server, "/theirs?object-lock")
                .header("x-moto-account-id", S3TestServer.ANOTHER_ACCOUNT)
                .GET()
                .build());
    assertThat(own.body()).contains("<ObjectLockEnabled>Enabled</ObjectLockEnabled>");
  }

  private static Matcher assertError(
      HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    Matcher error = ERROR.matcher(response.body());
    assertThat(error.matches()).as(response.body()).isTrue();
    assertThat(error.group("code")).isEqualTo(code);
    assertThat(error.group("message")).isEqualTo(message);
    return error;
  }

  private static HttpResponse<String> put(String path, Map<String, String> headers) {
    HttpRequest.Builder request = S3TestServer.request(server, path);
    headers.forEach(request::header);
    return S3TestServer.send(request.PUT(BodyPublishers.ofString("data")).build());
  }

  private static HttpResponse<String> send(String method, String pathAndQuery, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, pathAndQuery)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }

  private static HttpResponse<String> sendWithMd5(String method, String pathAndQuery, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, pathAndQuery)
            .header("Content-MD5", md5(body))
            .method(method, BodyPublishers.ofString(body))
            .build());
  }

  private static String md5(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
