package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * Versioning on the wire, as a client with no SDK sees it: the headers S3 sends with versions and
 * delete markers, the 404 and 405 shapes, refused version ids and configurations, and a
 * ListObjectVersions page byte for byte against its golden file.
 */
class VersioningWireTest {

  private static final String ENABLED =
      "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
          + "<Status>Enabled</Status></VersioningConfiguration>";

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
  void versionedBucket() {
    server.moto().reset();
    send("PUT", "/wire", null);
  }

  @Test
  void a_never_versioned_bucket_sends_no_version_header_and_an_empty_configuration() {
    HttpResponse<String> put = send("PUT", "/wire/doc", "one");
    assertThat(put.headers().firstValue("x-amz-version-id")).isEmpty();
    assertThat(send("GET", "/wire/doc", null).headers().firstValue("x-amz-version-id")).isEmpty();

    HttpResponse<String> configuration = send("GET", "/wire?versioning", null);
    assertThat(configuration.statusCode()).isEqualTo(200);
    assertThat(configuration.body().replace("\n", ""))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "</VersioningConfiguration>");
  }

  @Test
  void a_key_hidden_by_a_delete_marker_answers_404_with_the_marker_headers() {
    send("PUT", "/wire?versioning", ENABLED);
    String version = send("PUT", "/wire/doc", "one").headers().firstValue("x-amz-version-id").get();
    HttpResponse<String> deleted = send("DELETE", "/wire/doc", null);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.headers().firstValue("x-amz-delete-marker")).contains("true");
    String marker = deleted.headers().firstValue("x-amz-version-id").orElseThrow();
    assertThat(marker).hasSize(32).isNotEqualTo(version);

    for (String method : new String[] {"GET", "HEAD"}) {
      HttpResponse<String> read = send(method, "/wire/doc", null);
      assertThat(read.statusCode()).isEqualTo(404);
      assertThat(read.headers().firstValue("x-amz-delete-marker")).contains("true");
      assertThat(read.headers().firstValue("x-amz-version-id")).contains(marker);
    }
    assertThat(send("GET", "/wire/doc", null).body()).contains("<Code>NoSuchKey</Code>");
  }

  @Test
  void reading_a_delete_markers_version_answers_405_with_its_headers() {
    send("PUT", "/wire?versioning", ENABLED);
    send("PUT", "/wire/doc", "one");
    String marker =
        send("DELETE", "/wire/doc", null).headers().firstValue("x-amz-version-id").orElseThrow();

    HttpResponse<String> get = send("GET", "/wire/doc?versionId=" + marker, null);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("x-amz-delete-marker")).contains("true");
    assertThat(get.headers().firstValue("x-amz-version-id")).contains(marker);
    assertThat(get.headers().firstValue("Last-Modified")).isPresent();
    assertThat(get.body())
        .contains("<Code>MethodNotAllowed</Code>")
        .contains("<Message>The specified method is not allowed against this resource.</Message>")
        .contains("<Method>GET</Method>")
        .contains("<ResourceType>DeleteMarker</ResourceType>");

    HttpResponse<String> head = send("HEAD", "/wire/doc?versionId=" + marker, null);
    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.headers().firstValue("x-amz-delete-marker")).contains("true");
    assertThat(head.headers().firstValue("Last-Modified")).isPresent();
  }

  @Test
  void version_ids_that_cannot_be_or_are_not_answer_400_and_404() {
    send("PUT", "/wire/doc", "one");
    assertError(
        send("GET", "/wire/doc?versionId=", null),
        400,
        "InvalidArgument",
        "Version id cannot be the empty string");
    assertError(
        send("GET", "/wire/doc?versionId=bad%20id", null),
        400,
        "InvalidArgument",
        "Invalid version id specified");
    assertError(
        send("GET", "/wire/doc?versionId=" + "x".repeat(32), null),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");
    assertError(
        send("DELETE", "/wire/doc?versionId=bad%20id", null),
        400,
        "InvalidArgument",
        "Invalid version id specified");
    // The null version of a never-versioned bucket is its object.
    HttpResponse<String> nullVersion = send("GET", "/wire/doc?versionId=null", null);
    assertThat(nullVersion.statusCode()).isEqualTo(200);
    assertThat(nullVersion.body()).isEqualTo("one");
  }

  @Test
  void a_refused_versioning_configuration_changes_nothing() {
    String malformed =
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema";
    for (String status : new String[] {"Disabled", "enabled", ""}) {
      assertError(
          send(
              "PUT",
              "/wire?versioning",
              "<VersioningConfiguration><Status>" + status + "</Status></VersioningConfiguration>"),
          400,
          "MalformedXML",
          malformed);
    }
    assertError(
        send(
            "PUT",
            "/wire?versioning",
            "<VersioningConfiguration><Status>Enabled</Status><MfaDelete>On</MfaDelete>"
                + "</VersioningConfiguration>"),
        400,
        "MalformedXML",
        malformed);
    assertThat(send("GET", "/wire?versioning", null).body()).doesNotContain("<Status>");
    assertThat(send("PUT", "/wire/doc", "one").headers().firstValue("x-amz-version-id")).isEmpty();
  }

  @Test
  void a_browser_form_upload_to_a_versioned_bucket_answers_its_version_id() {
    HttpResponse<String> unversioned =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "form.txt")
                .file("form.txt", "one")
                .post(URI.create(server.endpoint() + "/wire"))
                .build());
    assertThat(unversioned.statusCode()).isEqualTo(204);
    assertThat(unversioned.headers().firstValue("x-amz-version-id")).isEmpty();

    send("PUT", "/wire?versioning", ENABLED);
    HttpResponse<String> posted =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "form.txt")
                .file("form.txt", "two")
                .post(URI.create(server.endpoint() + "/wire"))
                .build());
    assertThat(posted.statusCode()).isEqualTo(204);
    String version = posted.headers().firstValue("x-amz-version-id").orElseThrow();
    assertThat(send("GET", "/wire/form.txt?versionId=" + version, null).body()).isEqualTo("two");
    assertThat(send("GET", "/wire/form.txt?versionId=null", null).body()).isEqualTo("one");
  }

  @Test
  void put_bucket_versioning_wants_a_checksum_of_its_body() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/wire?versioning")
                .PUT(BodyPublishers.ofString(ENABLED))
                .build());
    assertError(
        response, 400, "InvalidRequest", "Missing required header for this request: Content-Md5.");
    assertError(
        send("PUT", "/wire?versioning", ""),
        400,
        "MissingRequestBodyError",
        "Request Body is empty");
    assertThat(send("GET", "/wire?versioning", null).body()).doesNotContain("<Status>");
  }

  @Test
  void a_suspended_bucket_answers_the_null_version_id() {
    send("PUT", "/wire?versioning", ENABLED);
    send(
        "PUT",
        "/wire?versioning",
        "<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>");
    assertThat(send("GET", "/wire?versioning", null).body())
        .contains("<Status>Suspended</Status>")
        .doesNotContain("MfaDelete");
    HttpResponse<String> put = send("PUT", "/wire/doc", "one");
    assertThat(put.headers().firstValue("x-amz-version-id")).contains("null");
    assertThat(send("HEAD", "/wire/doc", null).headers().firstValue("x-amz-version-id"))
        .contains("null");
  }

  @Test
  void a_list_object_versions_page_matches_its_golden_file() {
    send("PUT", "/wire/a%20b.txt", "alpha");
    send("PUT", "/wire?versioning", ENABLED);
    send("PUT", "/wire/a%20b.txt", "alpha2");
    send("PUT", "/wire/photos/x.jpg", "x-ray");
    send("PUT", "/wire/z.txt", "zulu");
    send("DELETE", "/wire/z.txt", null);

    HttpResponse<String> response =
        send("GET", "/wire?versions&delimiter=/&max-keys=4&encoding-type=url", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalise(response.body())).isEqualTo(golden("list-object-versions-page.xml"));

    assertError(
        send("GET", "/wire?versions&version-id-marker=null", null),
        400,
        "InvalidArgument",
        "A version-id marker cannot be specified without a key marker.");
  }

  private static void assertError(
      HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body())
        .contains("<Code>" + code + "</Code>")
        .contains("<Message>" + message + "</Message>");
  }

  /** Dates, request ids and version ids change every run; the golden file names them. */
  private static String normalise(String xml) {
    return xml.replaceAll(
            "<LastModified>[^<]+</LastModified>", "<LastModified>LAST_MODIFIED</LastModified>")
        .replaceAll("<VersionId>[A-Za-z0-9._]{32}</VersionId>", "<VersionId>VERSION_ID</VersionId>")
        .replaceAll(
            "<NextVersionIdMarker>[A-Za-z0-9._]{32}</NextVersionIdMarker>",
            "<NextVersionIdMarker>VERSION_ID</NextVersionIdMarker>")
        .replace("><", ">\n<");
  }

  private static String golden(String name) {
    try (InputStream in = VersioningWireTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a request; a body gets its Content-MD5, which PutBucketVersioning requires. */
  private static HttpResponse<String> send(String method, String path, String body) {
    var request = S3TestServer.request(server, path);
    if (body != null) {
      request.header("Content-MD5", md5(body));
    }
    return S3TestServer.send(
        request
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }

  private static String md5(String body) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
