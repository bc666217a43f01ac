package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.Presigning.element;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Browser-form POST uploads ({@code POST /bucket}, {@code multipart/form-data}) on the wire, as a
 * browser sends them; objects read back through the AWS SDK.
 */
class PostObjectTest {

  private static final String FAR_FUTURE = "'expiration': '2099-01-01T00:00:00Z'";

  private static MotoServer server;
  private S3Client s3;
  private S3Client other;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    other = S3TestServer.client(server, S3TestServer.Style.PATH, "us-east-1", ANOTHER_ACCOUNT);
    s3.createBucket(b -> b.bucket("posts"));
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @Test
  void a_form_stores_its_file_with_the_fields_as_attributes_and_answers_204() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "notes/today.txt")
                .field("Content-Type", "text/markdown")
                .field("Cache-Control", "max-age=60")
                .field("x-amz-meta-Author", "ada")
                .file("today.txt", "image/png", bytes("# hello")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("ETag")).hasValue(etag("# hello"));
    assertThat(response.headers().firstValue("Location"))
        .hasValue(server.endpoint() + "/posts/notes%2Ftoday.txt");
    ResponseBytes<GetObjectResponse> stored = get("notes/today.txt");
    assertThat(stored.asUtf8String()).isEqualTo("# hello");
    // The form's Content-Type field names the type; the file part's own type does not.
    assertThat(stored.response().contentType()).isEqualTo("text/markdown");
    assertThat(stored.response().cacheControl()).isEqualTo("max-age=60");
    assertThat(stored.response().metadata()).isEqualTo(Map.of("author", "ada"));
    assertThat(stored.response().eTag()).isEqualTo(etag("# hello"));
  }

  @Test
  void success_action_status_201_answers_a_PostResponse_document() throws IOException {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "uploads/président ${filename}")
                .field("success_action_status", "201")
                .file("cat.jpg", "meow"));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(response.headers().firstValue("ETag")).hasValue(etag("meow"));
    String location = server.endpoint() + "/posts/uploads%2Fpr%C3%A9sident%20cat.jpg";
    assertThat(response.headers().firstValue("Location")).hasValue(location);
    assertThat(normalise(response.body())).isEqualTo(golden("post-response-201.xml"));
    assertThat(get("uploads/président cat.jpg").asUtf8String()).isEqualTo("meow");
  }

  @ParameterizedTest(name = "success_action_status={0} -> {1}")
  @CsvSource({"200, 200", "204, 204", "404, 204", "'', 204", "created, 204"})
  void success_action_status_200_or_204_answers_it_empty_and_anything_else_204(
      String asked, int answered) {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "k")
                .field("success_action_status", asked)
                .file("k.txt", "v"));
    assertThat(response.statusCode()).isEqualTo(answered);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("ETag")).hasValue(etag("v"));
  }

  @Test
  void success_action_redirect_answers_303_with_bucket_key_and_etag_in_the_query() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "a/b c.txt")
                .field("success_action_redirect", "https://example.com/done")
                .field("success_action_status", "201")
                .file("b.txt", "v"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Location"))
        .hasValue(
            "https://example.com/done?bucket=posts&key=a%2Fb+c.txt"
                + "&etag=%229e3669d19b675bd57058fd4664205d2a%22");

    HttpResponse<String> withQuery =
        post(
            new BrowserForm()
                .field("key", "k")
                .field("redirect", "http://example.com/done?from=form")
                .file("k.txt", "v"));
    assertThat(withQuery.statusCode()).isEqualTo(303);
    assertThat(withQuery.headers().firstValue("Location").orElseThrow())
        .startsWith("http://example.com/done?from=form&bucket=posts&key=k&etag=%22");
  }

  @Test
  void a_redirect_s3_cannot_read_as_an_absolute_url_is_as_if_none_were_given() {
    for (String redirect : new String[] {"/wrong/redirect/relative", "not a url", ""}) {
      HttpResponse<String> response =
          post(
              new BrowserForm()
                  .field("key", "k")
                  .field("success_action_redirect", redirect)
                  .file("k.txt", "v"));
      assertThat(response.statusCode()).as(redirect).isEqualTo(204);
    }
  }

  @Test
  void filename_is_the_last_segment_of_the_file_name_and_stays_literal_without_one() {
    post(
        new BrowserForm()
            .field("key", "uploads/${filename}")
            .field("x-amz-meta-original", "${filename}")
            .file("C:\\Users\\ada\\cat.jpg", "windows"));
    assertThat(get("uploads/cat.jpg").asUtf8String()).isEqualTo("windows");
    assertThat(get("uploads/cat.jpg").response().metadata()).containsEntry("original", "cat.jpg");

    post(new BrowserForm().field("key", "raw/${filename}").file(null, "text/plain", bytes("n")));
    assertThat(get("raw/${filename}").asUtf8String()).isEqualTo("n");
  }

  @Test
  void fields_after_the_file_are_ignored() {
    HttpResponse<String> keyAfter =
        post(new BrowserForm().file("f.txt", "v").field("key", "too-late"));
    assertInvalidArgument(
        keyAfter,
        "Bucket POST must contain a field named 'key'.  If it is specified, please check the"
            + " order of the fields.",
        "key",
        "");

    post(
        new BrowserForm()
            .field("key", "k")
            .file("f.txt", "v")
            .field("x-amz-meta-late", "ignored")
            .field("submit", "Upload"));
    assertThat(get("k").response().metadata()).isEmpty();
  }

  @Test
  void a_form_without_a_file_is_refused_and_so_is_one_without_a_key() {
    assertInvalidArgument(
        post(new BrowserForm().field("key", "k")),
        "POST requires exactly one file upload per request.",
        "file",
        "0");
    assertInvalidArgument(
        post(new BrowserForm().field("acl", "private").file("f.txt", "v")),
        "Bucket POST must contain a field named 'key'.  If it is specified, please check the"
            + " order of the fields.",
        "key",
        "");
    assertThatThrownBy(() -> get("k")).isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void a_body_that_is_not_multipart_form_data_fails_the_precondition() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/posts")
                .header("Content-Type", "text/html")
                .POST(BodyPublishers.ofString("key=k"))
                .build());
    assertThat(response.statusCode()).isEqualTo(412);
    assertThat(element(response.body(), "Code")).isEqualTo("PreconditionFailed");
    assertThat(element(response.body(), "Message"))
        .isEqualTo("At least one of the pre-conditions you specified did not hold");
    assertThat(element(response.body(), "Condition"))
        .isEqualTo("Bucket POST must be of the enclosure-type multipart/form-data");
  }

  @Test
  void a_malformed_or_cut_body_is_a_MalformedPOSTRequest_and_stores_nothing() {
    BlobStore blobs = server.moto().injector().getInstance(BlobStore.class);
    int files = blobs.fileCount();
    byte[] whole =
        new BrowserForm()
            .field("key", "cut")
            .file("big.bin", "application/octet-stream", new byte[3 * 1024 * 1024])
            .body();
    byte[] cut = Arrays.copyOf(whole, whole.length - 100);

    for (HttpRequest request :
        new HttpRequest[] {
          raw("multipart/form-data; boundary=" + BrowserForm.BOUNDARY, cut),
          raw("multipart/form-data", whole),
          raw("multipart/form-data; boundary=other", whole)
        }) {
      HttpResponse<String> response = S3TestServer.send(request);
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(element(response.body(), "Code")).isEqualTo("MalformedPOSTRequest");
      assertThat(element(response.body(), "Message"))
          .isEqualTo("The body of your POST request is not well-formed multipart/form-data.");
    }
    assertThatThrownBy(() -> get("cut")).isInstanceOf(NoSuchKeyException.class);
    assertThat(blobs.fileCount()).isEqualTo(files);
  }

  @Test
  void fields_before_the_file_are_limited_to_20_KiB() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "k")
                .field("x-ignore-padding", "p".repeat(20 * 1024))
                .file("f.txt", "v"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("MaxPostPreDataLengthExceeded");
    assertThat(element(response.body(), "Message"))
        .isEqualTo("Your POST request fields preceeding the upload file was too large.");
    assertThat(element(response.body(), "MaxPostPreDataLengthBytes")).isEqualTo("20480");
  }

  @Test
  void a_form_meeting_its_policy_is_stored() {
    // AWS's example form sets a public-read ACL: the bucket must enable ACLs and allow them.
    s3.putBucketOwnershipControls(
        b ->
            b.bucket("posts")
                .ownershipControls(
                    c ->
                        c.rules(
                            r ->
                                r.objectOwnership(
                                    software.amazon.awssdk.services.s3.model.ObjectOwnership
                                        .OBJECT_WRITER))));
    s3.deletePublicAccessBlock(b -> b.bucket("posts"));
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "user/eric/${filename}")
                .field("acl", "public-read")
                .field("Content-Type", "image/jpeg")
                .field("x-amz-meta-uuid", "14365123651274")
                .field(
                    "x-amz-credential", "AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request")
                .field("x-amz-algorithm", "AWS4-HMAC-SHA256")
                .field("x-amz-date", "20151229T000000Z")
                .policy(
                    "{"
                        + FAR_FUTURE
                        + ", 'conditions': [{'bucket': 'posts'},"
                        + " ['starts-with', '$key', 'user/eric/'], {'acl': 'public-read'},"
                        + " ['starts-with', '$Content-Type', 'image/'],"
                        + " {'x-amz-meta-uuid': '14365123651274'},"
                        + " {'x-amz-credential':"
                        + " 'AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request'},"
                        + " {'x-amz-algorithm': 'AWS4-HMAC-SHA256'},"
                        + " {'x-amz-date': '20151229T000000Z'},"
                        + " ['content-length-range', 1, 10]]}")
                .field("x-amz-signature", "not verified")
                .file("photo.jpg", "image/jpeg", bytes("jpeg")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(get("user/eric/photo.jpg").asUtf8String()).isEqualTo("jpeg");
  }

  @Test
  void an_expired_policy_is_AccessDenied() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "k")
                .policy("{'expiration': '2020-01-01T00:00:00.000Z', 'conditions': [{'key': 'k'}]}")
                .file("f.txt", "v"));
    assertAccessDenied(response, "Invalid according to Policy: Policy expired.");
  }

  @Test
  void a_failed_condition_is_AccessDenied_quoting_it() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "other/k")
                .policy("{" + FAR_FUTURE + ", 'conditions': [['starts-with', '$key', 'user/']]}")
                .file("f.txt", "v"));
    assertAccessDenied(
        response,
        "Invalid according to Policy: Policy Condition failed: [\"starts-with\", \"$key\","
            + " \"user/\"]");
    assertThatThrownBy(() -> get("other/k")).isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void a_field_the_policy_does_not_name_is_an_extra_input_field() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "k")
                .field("Content-Disposition", "attachment")
                .field("x-ignore-dzuuid", "ignored")
                .policy("{" + FAR_FUTURE + ", 'conditions': [{'key': 'k'}]}")
                .file("f.txt", "v"));
    assertAccessDenied(
        response, "Invalid according to Policy: Extra input fields: Content-Disposition");
  }

  @Test
  void a_policy_s3_cannot_read_is_an_InvalidPolicyDocument() {
    HttpResponse<String> response =
        post(new BrowserForm().field("key", "k").policy("{" + FAR_FUTURE + "}").file("f.txt", "v"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("InvalidPolicyDocument");
    assertThat(element(response.body(), "Message"))
        .isEqualTo("Invalid Policy: Policy missing conditions.");
  }

  @Test
  void a_file_outside_the_content_length_range_is_refused_and_leaves_nothing() {
    BlobStore blobs = server.moto().injector().getInstance(BlobStore.class);
    int files = blobs.fileCount();
    String range =
        "{" + FAR_FUTURE + ", 'conditions': [{'key': 'k'}, ['content-length-range', 5, 1572864]]}";

    HttpResponse<String> large =
        post(
            new BrowserForm()
                .field("key", "k")
                .policy(range)
                .file("f.bin", "application/octet-stream", new byte[3 * 1024 * 1024]));
    assertThat(large.statusCode()).isEqualTo(400);
    assertThat(large.body())
        .contains(
            "<Code>EntityTooLarge</Code>"
                + "<Message>Your proposed upload exceeds the maximum allowed size</Message>"
                + "<ProposedSize>3145728</ProposedSize><MaxSizeAllowed>1572864</MaxSizeAllowed>");

    HttpResponse<String> small =
        post(new BrowserForm().field("key", "k").policy(range).file("f.txt", "tiny"));
    assertThat(small.statusCode()).isEqualTo(400);
    assertThat(small.body())
        .contains(
            "<Code>EntityTooSmall</Code>"
                + "<Message>Your proposed upload is smaller than the minimum allowed size</Message>"
                + "<ProposedSize>4</ProposedSize><MinSizeAllowed>5</MinSizeAllowed>");

    assertThat(
            post(new BrowserForm().field("key", "k").policy(range).file("f.txt", "exact"))
                .statusCode())
        .isEqualTo(204);
    assertThat(get("k").asUtf8String()).isEqualTo("exact");
    assertThat(blobs.fileCount()).isEqualTo(files);
  }

  @Test
  void a_signed_form_must_carry_every_field_of_its_signature() {
    assertInvalidArgument(
        post(
            new BrowserForm()
                .field("key", "k")
                .field("x-amz-algorithm", "AWS4-HMAC-SHA256")
                .field(
                    "x-amz-credential", "AKIAIOSFODNN7EXAMPLE/20300101/us-east-1/s3/aws4_request")
                .field("x-amz-date", "20300101T000000Z")
                .file("f.txt", "v")),
        "Bucket POST must contain a field named 'X-Amz-Signature'.  If it is specified, please"
            + " check the order of the fields.",
        "X-Amz-Signature",
        "");
    assertInvalidArgument(
        post(new BrowserForm().field("key", "k").field("signature", "s").file("f.txt", "v")),
        "Bucket POST must contain a field named 'AWSAccessKeyId'.  If it is specified, please"
            + " check the order of the fields.",
        "AWSAccessKeyId",
        "");
  }

  @Test
  void a_post_to_a_missing_bucket_is_NoSuchBucket() {
    HttpResponse<String> response =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "k")
                .file("f.txt", "v")
                .post(URI.create(server.endpoint() + "/nowhere"))
                .build());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(element(response.body(), "Code")).isEqualTo("NoSuchBucket");
  }

  @Test
  void a_virtual_host_post_names_the_object_by_its_virtual_host_url() {
    HttpResponse<String> response =
        Presigning.send(
            server,
            new BrowserForm()
                .field("key", "a b")
                .field("success_action_status", "201")
                .file("f.txt", "v")
                .post(URI.create("http://posts.localhost:" + server.port() + "/"))
                .build());
    assertThat(response.statusCode()).isEqualTo(201);
    String location = "http://posts.localhost:" + server.port() + "/a%20b";
    assertThat(response.headers().firstValue("Location")).hasValue(location);
    assertThat(element(response.body(), "Location")).isEqualTo(location);
    assertThat(get("a b").asUtf8String()).isEqualTo("v");
  }

  @Test
  void a_form_posted_for_another_account_writes_as_that_account() {
    other.createBucket(b -> b.bucket("theirs"));
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    BrowserForm form = new BrowserForm().field("key", "k").file("f.txt", "theirs");

    HttpResponse<String> asThem =
        S3TestServer.send(
            form.post(URI.create(server.endpoint() + "/theirs"))
                .header("x-moto-account-id", ANOTHER_ACCOUNT)
                .build());
    assertThat(asThem.statusCode()).isEqualTo(204);
    HttpResponse<String> asDefault =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "k")
                .file("f.txt", "intruder")
                .post(URI.create(server.endpoint() + "/theirs"))
                .build());
    assertAccessDenied(asDefault, "Access Denied");
    assertThat(other.getObjectAsBytes(b -> b.bucket("theirs").key("k")).asUtf8String())
        .isEqualTo("theirs");
  }

  @Test
  void a_form_signed_with_another_accounts_key_acts_in_that_account() {
    other.createBucket(b -> b.bucket("theirs"));
    String theirs = Presigning.issueKey(server, ANOTHER_ACCOUNT);
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");

    HttpResponse<String> signedByThem =
        S3TestServer.send(
            signedForm(theirs, "k", "by their key")
                .post(URI.create(server.endpoint() + "/theirs"))
                .build());
    assertThat(signedByThem.statusCode()).as(signedByThem.body()).isEqualTo(204);
    assertThat(other.getObjectAsBytes(b -> b.bucket("theirs").key("k")).asUtf8String())
        .isEqualTo("by their key");

    HttpResponse<String> signedByDefault =
        S3TestServer.send(
            signedForm(Presigning.DEFAULT_KEY, "k", "intruder")
                .post(URI.create(server.endpoint() + "/theirs"))
                .build());
    assertAccessDenied(signedByDefault, "Access Denied");

    HttpResponse<String> theirKeyOnOurBucket =
        S3TestServer.send(
            signedForm(theirs, "k", "intruder")
                .post(URI.create(server.endpoint() + "/posts"))
                .build());
    assertAccessDenied(theirKeyOnOurBucket, "Access Denied");
    assertThatThrownBy(() -> get("k")).isInstanceOf(NoSuchKeyException.class);

    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
    HttpResponse<String> crossAccount =
        S3TestServer.send(
            signedForm(theirs, "k", "moto's rule")
                .post(URI.create(server.endpoint() + "/posts"))
                .build());
    assertThat(crossAccount.statusCode()).isEqualTo(204);
    assertThat(get("k").asUtf8String()).isEqualTo("moto's rule");
  }

  @Test
  void a_file_far_larger_than_any_buffer_streams_into_storage() throws Exception {
    long size = 50L * 1024 * 1024;
    GeneratedBody body = new GeneratedBody(size);
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/posts")
                .header("Content-Type", "multipart/form-data; boundary=" + GeneratedBody.BOUNDARY)
                .POST(BodyPublishers.ofInputStream(() -> body))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    String expected = "\"" + HexFormat.of().formatHex(body.contentMd5()) + "\"";
    assertThat(response.headers().firstValue("ETag")).hasValue(expected);

    MessageDigest md5 = MessageDigest.getInstance("MD5");
    try (InputStream in = s3.getObject(b -> b.bucket("posts").key("big.bin"))) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        md5.update(buffer, 0, n);
        total += n;
      }
      assertThat(total).isEqualTo(size);
    }
    assertThat("\"" + HexFormat.of().formatHex(md5.digest()) + "\"").isEqualTo(expected);
  }

  private static BrowserForm signedForm(String accessKey, String key, String content) {
    return new BrowserForm()
        .field("key", key)
        .field("x-amz-algorithm", "AWS4-HMAC-SHA256")
        .field("x-amz-credential", accessKey + "/20300101/us-east-1/s3/aws4_request")
        .field("x-amz-date", "20300101T000000Z")
        .field("x-amz-signature", "not verified")
        .file("f.txt", content);
  }

  private static HttpResponse<String> post(BrowserForm form) {
    return S3TestServer.send(form.post(URI.create(server.endpoint() + "/posts")).build());
  }

  private static HttpRequest raw(String contentType, byte[] body) {
    return S3TestServer.request(server, "/posts")
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofByteArray(body))
        .build();
  }

  private ResponseBytes<GetObjectResponse> get(String key) {
    return s3.getObjectAsBytes(b -> b.bucket("posts").key(key));
  }

  private static void assertInvalidArgument(
      HttpResponse<String> response, String message, String name, String value) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "<Code>InvalidArgument</Code><Message>"
                + message
                + "</Message><ArgumentName>"
                + name
                + "</ArgumentName><ArgumentValue>"
                + value
                + "</ArgumentValue>");
  }

  private static void assertAccessDenied(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("AccessDenied");
    assertThat(element(response.body(), "Message")).isEqualTo(message);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String etag(String content) {
    try {
      return "\""
          + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes(content)))
          + "\"";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String normalise(String xml) {
    return xml.replace(server.endpoint().getAuthority(), "HOST").replace("><", ">\n<");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PostObjectTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("No golden file " + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  /** A form with a key and one file of pseudo-random bytes, generated as it is sent. */
  private static final class GeneratedBody extends FramedPatternStream {
    static final String BOUNDARY = "streamed-upload-boundary";

    GeneratedBody(long size) {
      super(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nbig.bin\r\n--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                  + "Content-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII),
          size,
          ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII),
          7);
    }
  }
}
