package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Condition;
import software.amazon.awssdk.services.s3.model.ErrorDocument;
import software.amazon.awssdk.services.s3.model.IndexDocument;
import software.amazon.awssdk.services.s3.model.Protocol;
import software.amazon.awssdk.services.s3.model.Redirect;
import software.amazon.awssdk.services.s3.model.RedirectAllRequestsTo;
import software.amazon.awssdk.services.s3.model.RoutingRule;
import software.amazon.awssdk.services.s3.model.WebsiteConfiguration;

/**
 * The static website endpoint, as a browser reaches it: raw HTTP with the website host ({@code
 * bucket.s3-website.localhost}, or AWS's names), no signature. The sites belong to another account
 * than the caller's default one, as a public website does.
 */
class WebsiteEndpointTest {

  private static MotoServer server;
  private S3Client owner;

  @BeforeAll
  static void start() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void site() {
    server.moto().reset();
    owner =
        S3TestServer.client(
            server, S3TestServer.Style.PATH, "us-east-1", S3TestServer.ANOTHER_ACCOUNT);
    owner.createBucket(b -> b.bucket("site"));
    put("index.html", "<h1>home</h1>", "text/html");
    put("docs/index.html", "<h1>docs</h1>", "text/html");
    put("page.html", "page", "text/html");
    put("404.html", "<h1>lost</h1>", "text/html");
  }

  private void put(String key, String body, String contentType) {
    owner.putObject(
        b -> b.bucket("site").key(key).contentType(contentType), RequestBody.fromString(body));
  }

  private void website(WebsiteConfiguration configuration) {
    owner.putBucketWebsite(b -> b.bucket("site").websiteConfiguration(configuration));
  }

  private static WebsiteConfiguration indexAndError() {
    return WebsiteConfiguration.builder()
        .indexDocument(IndexDocument.builder().suffix("index.html").build())
        .errorDocument(ErrorDocument.builder().key("404.html").build())
        .build();
  }

  @Test
  void the_root_and_a_folder_answer_their_index_document() {
    website(indexAndError());

    Answer root = get("site.s3-website.localhost", "/");
    Answer docs = get("site.s3-website-us-east-1.amazonaws.com", "/docs/");
    Answer page = get("site.s3-website.eu-central-1.amazonaws.com", "/page.html");

    assertThat(root.status()).isEqualTo(200);
    assertThat(root.body()).isEqualTo("<h1>home</h1>");
    assertThat(root.header("content-type")).isEqualTo("text/html");
    assertThat(docs.body()).isEqualTo("<h1>docs</h1>");
    assertThat(page.body()).isEqualTo("page");
  }

  @Test
  void a_folder_without_its_slash_is_redirected_to_it_with_302() {
    website(indexAndError());

    Answer answer = get("site.s3-website.localhost", "/docs");

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("location")).isEqualTo("/docs/");
  }

  @Test
  void a_missing_key_answers_the_error_document_with_404() {
    website(indexAndError());

    Answer answer = get("site.s3-website.localhost", "/missing.html");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("<h1>lost</h1>");
    assertThat(answer.header("content-type")).isEqualTo("text/html");
  }

  @Test
  void without_an_error_document_a_missing_key_answers_the_NoSuchKey_page() {
    website(
        WebsiteConfiguration.builder()
            .indexDocument(IndexDocument.builder().suffix("index.html").build())
            .build());

    Answer answer = get("site.s3-website.localhost", "/missing.html");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("content-type")).startsWith("text/html");
    assertThat(answer.body())
        .contains("<title>404 Not Found</title>")
        .contains("<li>Code: NoSuchKey</li>")
        .contains("<li>Message: The specified key does not exist.</li>")
        .contains("<li>Key: missing.html</li>")
        .contains("<li>RequestId: ");
  }

  @Test
  void a_missing_error_document_is_reported_below_the_error() {
    website(
        WebsiteConfiguration.builder()
            .indexDocument(IndexDocument.builder().suffix("index.html").build())
            .errorDocument(ErrorDocument.builder().key("gone.html").build())
            .build());

    Answer answer = get("site.s3-website.localhost", "/missing.html");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body())
        .contains("<li>Key: missing.html</li>")
        .contains("<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>")
        .contains("<li>Key: gone.html</li>");
  }

  @Test
  void a_bucket_without_a_website_answers_NoSuchWebsiteConfiguration() {
    Answer answer = get("site.s3-website.localhost", "/");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body())
        .contains("<li>Code: NoSuchWebsiteConfiguration</li>")
        .contains("<li>Message: The specified bucket does not have a website configuration</li>")
        .contains("<li>BucketName: site</li>");
  }

  @Test
  void a_missing_bucket_answers_NoSuchBucket() {
    Answer answer = get("nothing-here.s3-website.localhost", "/");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body())
        .contains("<li>Code: NoSuchBucket</li>")
        .contains("<li>BucketName: nothing-here</li>");
  }

  @Test
  void only_GET_and_HEAD_are_served() {
    website(indexAndError());

    Answer head = send("HEAD", "site.s3-website.localhost", "/page.html");
    Answer post = send("POST", "site.s3-website.localhost", "/page.html");

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("content-length")).isEqualTo("4");
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.body())
        .contains("<li>Code: MethodNotAllowed</li>")
        .contains("<li>Method: POST</li>");
  }

  @Test
  void redirect_all_requests_keeps_the_path() {
    website(
        WebsiteConfiguration.builder()
            .redirectAllRequestsTo(
                RedirectAllRequestsTo.builder()
                    .hostName("example.com")
                    .protocol(Protocol.HTTPS)
                    .build())
            .build());

    Answer answer = get("site.s3-website.localhost", "/a/b.html");

    assertThat(answer.status()).isEqualTo(301);
    assertThat(answer.header("location")).isEqualTo("https://example.com/a/b.html");
  }

  @Test
  void a_key_prefix_rule_redirects_before_the_lookup_and_an_error_rule_after_it() {
    website(
        indexAndError().toBuilder()
            .routingRules(
                RoutingRule.builder()
                    .condition(Condition.builder().keyPrefixEquals("old/").build())
                    .redirect(
                        Redirect.builder()
                            .replaceKeyPrefixWith("new/")
                            .httpRedirectCode("302")
                            .build())
                    .build(),
                RoutingRule.builder()
                    .condition(Condition.builder().httpErrorCodeReturnedEquals("404").build())
                    .redirect(
                        Redirect.builder()
                            .hostName("fallback.example.com")
                            .replaceKeyWith("sorry.html")
                            .build())
                    .build())
            .build());

    Answer moved = get("site.s3-website.localhost:" + server.port(), "/old/page.html");
    Answer missing = get("site.s3-website.localhost", "/nowhere.html");
    Answer present = get("site.s3-website.localhost", "/page.html");

    assertThat(moved.status()).isEqualTo(302);
    assertThat(moved.header("location"))
        .isEqualTo("http://site.s3-website.localhost:" + server.port() + "/new/page.html");
    assertThat(missing.status()).isEqualTo(301);
    assertThat(missing.header("location")).isEqualTo("http://fallback.example.com/sorry.html");
    assertThat(present.status()).isEqualTo(200);
  }

  @Test
  void an_object_website_redirect_location_answers_301() {
    website(indexAndError());
    owner.putObject(
        b -> b.bucket("site").key("moved.html").websiteRedirectLocation("/page.html"),
        RequestBody.fromString("old"));

    Answer answer = get("site.s3-website.localhost", "/moved.html");

    assertThat(answer.status()).isEqualTo(301);
    assertThat(answer.header("location")).isEqualTo("/page.html");
  }

  @Test
  void the_rest_endpoint_still_answers_xml_for_the_same_bucket() {
    website(indexAndError());

    Answer rest = get("localhost", "/site/missing.html");

    assertThat(rest.status()).isEqualTo(404);
    assertThat(rest.body()).contains("<Code>NoSuchKey</Code>");
  }

  private static Answer get(String host, String path) {
    return send("GET", host, path);
  }

  private static Answer send(String method, String host, String path) {
    String text =
        S3TestServer.sendRaw(
            server,
            method
                + " "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    return Answer.parse(text);
  }

  /** A raw HTTP answer: status, headers by lower-case name, body. */
  record Answer(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name);
    }

    static Answer parse(String text) {
      int split = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, split).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      String body = text.substring(split + 4);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String chunked) {
      StringBuilder out = new StringBuilder();
      int at = 0;
      while (true) {
        int eol = chunked.indexOf("\r\n", at);
        int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
        if (size == 0) {
          return out.toString();
        }
        out.append(chunked, eol + 2, eol + 2 + size);
        at = eol + 2 + size + 2;
      }
    }
  }
}
