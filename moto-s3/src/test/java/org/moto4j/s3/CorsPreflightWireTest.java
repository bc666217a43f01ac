package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3's CORS behaviour on the wire: {@code OPTIONS} preflights answered from the bucket's rules
 * (unauthenticated, path style and virtual host), and the {@code Access-Control-*} headers of the
 * matching rule on cross-origin requests, errors included.
 */
class CorsPreflightWireTest {

  private static final String ORIGIN = "https://app.example.com";
  private static final String VARY =
      "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";
  private static final String NOT_ALLOWED =
      "CORSResponse: This CORS request is not allowed. This is usually because the evalution of"
          + " Origin, request method / Access-Control-Request-Method or"
          + " Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.";
  private static final Map<String, String> SITE =
      Map.of(
          "access-control-allow-origin", ORIGIN,
          "access-control-allow-methods", "GET, PUT",
          "access-control-expose-headers", "ETag, x-amz-version-id",
          "access-control-max-age", "600",
          "access-control-allow-credentials", "true",
          "vary", VARY);
  private static final Map<String, String> EVERYONE =
      Map.of(
          "access-control-allow-origin", "*",
          "access-control-allow-methods", "HEAD",
          "vary", VARY);
  private static final Pattern ERROR =
      Pattern.compile(
          "<Error><Code>(?<code>[^<]*)</Code><Message>(?<message>[^<]*)</Message>"
              + "(?<details>.*)<RequestId>.*");

  private static MotoServer server;
  private S3Client s3;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void bucketsWithAndWithoutRules() {
    server.moto().reset();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("site"));
    s3.createBucket(b -> b.bucket("no-cors"));
    s3.putBucketCors(
        b ->
            b.bucket("site")
                .corsConfiguration(c -> c.corsRules(CorsBehaviour.SITE, CorsBehaviour.EVERYONE)));
    s3.putObject(b -> b.bucket("site").key("key"), RequestBody.fromString("data"));
  }

  @AfterEach
  void disconnect() {
    s3.close();
  }

  @Test
  void a_preflight_gets_the_headers_of_the_first_rule_that_matches() {
    HttpResponse<String> bucket = options("/site", ORIGIN, "GET", null);
    assertThat(bucket.statusCode()).isEqualTo(200);
    assertThat(cors(bucket)).isEqualTo(SITE);
    assertThat(bucket.body()).isEmpty();

    HttpResponse<String> object =
        options("/site/key", "https://www.example.com", "PUT", "Content-Type, X-Amz-Meta-Name");
    Map<String, String> expected = new LinkedHashMap<>(SITE);
    expected.put("access-control-allow-origin", "https://www.example.com");
    expected.put("access-control-allow-headers", "content-type, x-amz-meta-name");
    assertThat(object.statusCode()).isEqualTo(200);
    assertThat(cors(object)).isEqualTo(expected);

    HttpResponse<String> anyone = options("/site/no/such/key", "null", "HEAD", null);
    assertThat(anyone.statusCode()).isEqualTo(200);
    assertThat(cors(anyone)).isEqualTo(EVERYONE);
  }

  @Test
  void a_preflight_no_rule_allows_is_403_AccessForbidden_with_the_method_and_resource_type() {
    assertForbidden(options("/site/key", ORIGIN, "DELETE", null), NOT_ALLOWED, "DELETE", "OBJECT");
    assertForbidden(
        options("/site", "https://example.org", "GET", null), NOT_ALLOWED, "GET", "BUCKET");
    assertForbidden(
        options("/site/key", ORIGIN, "GET", "authorization"), NOT_ALLOWED, "GET", "OBJECT");
    assertForbidden(
        options("/no-cors/key", ORIGIN, "GET", null),
        "CORSResponse: CORS is not enabled for this bucket.",
        "GET",
        "OBJECT");
    assertForbidden(
        options("/no-cors", ORIGIN, "PUT", null),
        "CORSResponse: CORS is not enabled for this bucket.",
        "PUT",
        "BUCKET");
    assertForbidden(
        options("/missing-bucket/key", ORIGIN, "GET", null),
        "CORSResponse: Bucket not found",
        "GET",
        "OBJECT");
  }

  @Test
  void a_preflight_without_origin_or_a_known_method_is_400_BadRequest() {
    assertBadRequest(
        options("/site/key", null, "GET", null),
        "Insufficient information. Origin request header needed.");
    assertBadRequest(
        options("/site/key", ORIGIN, null, null), "Invalid Access-Control-Request-Method: null");
    assertBadRequest(
        options("/site/key", ORIGIN, "PATCH", null),
        "Invalid Access-Control-Request-Method: PATCH");
  }

  @Test
  void a_preflight_in_the_host_name_is_answered_the_same() {
    String response =
        S3TestServer.sendRaw(
            server,
            "OPTIONS /key HTTP/1.1\r\nHost: site.localhost:"
                + server.port()
                + "\r\nOrigin: "
                + ORIGIN
                + "\r\nAccess-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 200");
    String lower = response.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .contains("access-control-allow-origin: " + ORIGIN)
        .contains("access-control-allow-methods: get, put")
        .contains("vary: " + VARY.toLowerCase(Locale.ROOT));

    String refused =
        S3TestServer.sendRaw(
            server,
            "OPTIONS / HTTP/1.1\r\nHost: no-cors.localhost:"
                + server.port()
                + "\r\nOrigin: "
                + ORIGIN
                + "\r\nAccess-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
    assertThat(refused).startsWith("HTTP/1.1 403").contains("<Code>AccessForbidden</Code>");
  }

  @Test
  void a_preflight_needs_no_account_and_reads_the_rules_of_any_accounts_bucket() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/site/key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("x-moto-account-id", ANOTHER_ACCOUNT)
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(cors(response)).isEqualTo(SITE);
  }

  @Test
  void a_cross_origin_request_gets_the_headers_of_the_matching_rule_also_when_it_fails() {
    HttpResponse<String> get = send("GET", "/site/key", ORIGIN, null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("data");
    assertThat(cors(get)).isEqualTo(SITE);

    HttpResponse<String> head = send("HEAD", "/site/key", "https://example.org", null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(cors(head)).isEqualTo(EVERYONE);

    HttpResponse<String> missing = send("GET", "/site/missing-key", ORIGIN, null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<Code>NoSuchKey</Code>");
    assertThat(cors(missing)).isEqualTo(SITE);

    assertThat(cors(send("GET", "/site/key", "https://example.org", null))).isEmpty();
    assertThat(cors(send("GET", "/site/key", null, null))).isEmpty();
    assertThat(cors(send("GET", "/no-cors/key", ORIGIN, null))).isEmpty();
  }

  @Test
  void a_cross_origin_request_is_judged_by_its_access_control_request_method_when_it_has_one() {
    HttpResponse<String> head = send("HEAD", "/site/key", ORIGIN, "GET");
    assertThat(cors(head)).isEqualTo(SITE);
    HttpResponse<String> get = send("GET", "/site/key", ORIGIN, "DELETE");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(cors(get)).isEmpty();
  }

  private static HttpResponse<String> options(
      String path, String origin, String method, String headers) {
    HttpRequest.Builder request =
        S3TestServer.request(server, path).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (method != null) {
      request.header("Access-Control-Request-Method", method);
    }
    if (headers != null) {
      request.header("Access-Control-Request-Headers", headers);
    }
    return S3TestServer.send(request.build());
  }

  private static HttpResponse<String> send(
      String method, String path, String origin, String requestMethod) {
    HttpRequest.Builder request =
        S3TestServer.request(server, path).method(method, HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (requestMethod != null) {
      request.header("Access-Control-Request-Method", requestMethod);
    }
    return S3TestServer.send(request.build());
  }

  private static Map<String, String> cors(HttpResponse<String> response) {
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (lower.startsWith("access-control-") || lower.equals("vary")) {
                headers.put(lower, String.join(",", values));
              }
            });
    return headers;
  }

  private static void assertForbidden(
      HttpResponse<String> response, String message, String method, String resourceType) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(cors(response)).isEmpty();
    Matcher error = ERROR.matcher(response.body().replaceFirst("^<\\?xml[^>]*>\\s*", ""));
    assertThat(error.matches()).as(response.body()).isTrue();
    assertThat(error.group("code")).isEqualTo("AccessForbidden");
    assertThat(error.group("message")).isEqualTo(message);
    assertThat(error.group("details"))
        .isEqualTo(
            "<Method>" + method + "</Method><ResourceType>" + resourceType + "</ResourceType>");
  }

  private static void assertBadRequest(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    Matcher error = ERROR.matcher(response.body().replaceFirst("^<\\?xml[^>]*>\\s*", ""));
    assertThat(error.matches()).as(response.body()).isTrue();
    assertThat(error.group("code")).isEqualTo("BadRequest");
    assertThat(error.group("message")).isEqualTo(message);
  }
}
