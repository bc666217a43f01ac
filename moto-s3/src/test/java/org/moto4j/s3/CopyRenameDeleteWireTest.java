package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;

/**
 * CopyObject, RenameObject, DeleteObjects and GetObjectAttributes on the wire, with no SDK: the
 * error documents (code, message, details) and the request forms an SDK never sends.
 */
class CopyRenameDeleteWireTest {

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
  void bucket() {
    server.moto().reset();
    send(request("/wire").PUT(BodyPublishers.noBody()));
    send(request("/wire/src%20key%3F").PUT(BodyPublishers.ofString("source bytes")));
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  // --- CopyObject ----------------------------------------------------------------------------

  @Test
  void a_copy_source_with_an_encoded_question_mark_and_the_null_version_is_copied() {
    HttpResponse<String> response = send(copy("/wire/dst", "wire/src%20key%3F?versionId=null"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(response.body())
        .contains("<CopyObjectResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
        .containsPattern("<LastModified>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z<");
    assertThat(response.headers().firstValue("x-amz-copy-source-version-id")).isEmpty();
    assertThat(send(request("/wire/dst").GET()).body()).isEqualTo("source bytes");
  }

  @Test
  void a_copy_source_without_a_key_or_with_a_bad_escape_is_InvalidArgument_naming_the_header() {
    assertThat(send(copy("/wire/dst", "/wire")).body())
        .contains("<Code>InvalidArgument</Code>")
        .contains(
            "<Message>Copy Source must mention the source bucket and key:"
                + " sourcebucket/sourcekey</Message>")
        .contains("<ArgumentName>x-amz-copy-source</ArgumentName>")
        .contains("<ArgumentValue>/wire</ArgumentValue>");
    assertThat(send(copy("/wire/dst", "wire/%zz")).body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("<Message>Invalid copy source encoding</Message>");
  }

  @Test
  void an_unknown_directive_names_the_header_and_its_value() {
    HttpResponse<String> response =
        send(copy("/wire/dst", "/wire/src%20key%3F").header("x-amz-tagging-directive", "KEEP"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("<Message>Unknown tagging directive.</Message>")
        .contains("<ArgumentName>x-amz-tagging-directive</ArgumentName>")
        .contains("<ArgumentValue>KEEP</ArgumentValue>");
  }

  @Test
  void a_failed_copy_source_condition_names_the_copy_source_header() {
    HttpResponse<String> response =
        send(
            copy("/wire/dst", "/wire/src%20key%3F")
                .header("x-amz-copy-source-if-match", "\"nope\""));
    assertThat(response.statusCode()).isEqualTo(412);
    assertThat(response.body())
        .contains("<Code>PreconditionFailed</Code>")
        .contains("<Condition>x-amz-copy-source-If-Match</Condition>");
    HttpResponse<String> notModified =
        send(
            copy("/wire/dst", "/wire/src%20key%3F")
                .header("x-amz-copy-source-if-modified-since", "Fri, 01 Jan 2100 00:00:00 GMT"));
    assertThat(notModified.statusCode()).isEqualTo(412);
    assertThat(notModified.body())
        .contains("<Condition>x-amz-copy-source-If-Modified-Since</Condition>");
  }

  @Test
  void an_unsupported_checksum_algorithm_is_InvalidRequest() {
    HttpResponse<String> response =
        send(copy("/wire/dst", "/wire/src%20key%3F").header("x-amz-checksum-algorithm", "MD4"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidRequest</Code>")
        .contains(
            "<Message>Checksum algorithm provided is unsupported. Please try again with any of the"
                + " valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]</Message>");
  }

  @Test
  void another_accounts_copy_is_denied_when_cross_account_access_is_off() {
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    HttpResponse<String> response =
        send(copy("/wire/dst", "/wire/src%20key%3F").header("x-moto-account-id", ANOTHER_ACCOUNT));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    assertThat(send(request("/wire/dst").GET()).statusCode()).isEqualTo(404);
  }

  // --- RenameObject --------------------------------------------------------------------------

  @Test
  void a_raw_rename_answers_200_with_no_body_and_moves_the_key() {
    HttpResponse<String> response =
        send(rename("/wire/renamed?renameObject", "/wire/src%20key%3F"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(send(request("/wire/renamed").GET()).body()).isEqualTo("source bytes");
    assertThat(send(request("/wire/src%20key%3F").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void a_rename_without_its_source_or_with_a_bad_token_is_refused() {
    HttpResponse<String> missing =
        send(request("/wire/renamed?renameObject").PUT(BodyPublishers.noBody()));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("<Code>InvalidRequest</Code>")
        .contains(
            "<Message>Missing required header for this request: x-amz-rename-source.</Message>");
    HttpResponse<String> badToken =
        send(
            rename("/wire/renamed?renameObject", "wire/src%20key%3F")
                .header("x-amz-client-token", "has space"));
    assertThat(badToken.statusCode()).isEqualTo(400);
    assertThat(badToken.body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("<ArgumentName>x-amz-client-token</ArgumentName>");
    HttpResponse<String> condition =
        send(
            rename("/wire/renamed?renameObject", "wire/src%20key%3F")
                .header("x-amz-rename-source-if-none-match", "*"));
    assertThat(condition.statusCode()).isEqualTo(412);
    assertThat(condition.body())
        .contains("<Condition>x-amz-rename-source-If-None-Match</Condition>");
    assertThat(send(request("/wire/src%20key%3F").GET()).statusCode()).isEqualTo(200);
  }

  // --- DeleteObjects -------------------------------------------------------------------------

  @Test
  void a_delete_without_content_md5_or_a_checksum_is_InvalidRequest_and_deletes_nothing() {
    HttpResponse<String> response = send(delete(deleteBody(), null, null));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidRequest</Code>")
        .contains("<Message>Missing required header for this request: Content-Md5.</Message>");
    assertThat(send(request("/wire/src%20key%3F").GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void a_delete_with_a_wrong_content_md5_is_BadDigest_and_a_right_one_deletes() throws Exception {
    String body = deleteBody();
    HttpResponse<String> wrong =
        send(delete(body, "Content-MD5", Base64.getEncoder().encodeToString(new byte[16])));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("<Code>BadDigest</Code>");

    HttpResponse<String> right = send(delete(body, "Content-MD5", md5(body)));
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("<Deleted><Key>src key?</Key></Deleted>");
    assertThat(send(request("/wire/src%20key%3F").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void a_checksum_header_stands_in_for_content_md5() {
    String body = deleteBody();
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    byte[] value = java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    HttpResponse<String> response =
        send(delete(body, "x-amz-checksum-crc32", Base64.getEncoder().encodeToString(value)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Deleted><Key>src key?</Key></Deleted>");
  }

  @Test
  void a_body_that_is_no_delete_document_is_MalformedXML() throws Exception {
    String body = "<Delete><Quiet>true</Quiet></Delete>";
    HttpResponse<String> response = send(delete(body, "Content-MD5", md5(body)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>MalformedXML</Code>");
  }

  // --- GetObjectAttributes -------------------------------------------------------------------

  @Test
  void attributes_answer_a_document_in_the_models_order_and_last_modified_as_a_header() {
    HttpResponse<String> response =
        send(
            request("/wire/src%20key%3F?attributes")
                .header("x-amz-object-attributes", "ObjectSize,StorageClass, ETag")
                .GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    assertThat(response.body())
        .matches(
            "(?s).*<GetObjectAttributesResponse xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<ETag>[0-9a-f]{32}</ETag><StorageClass>STANDARD</StorageClass>"
                + "<ObjectSize>12</ObjectSize></GetObjectAttributesResponse>");
  }

  @Test
  void attributes_without_the_header_or_with_an_unknown_name_are_refused() {
    HttpResponse<String> missing = send(request("/wire/src%20key%3F?attributes").GET());
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("<Code>InvalidRequest</Code>")
        .contains(
            "<Message>The x-amz-object-attributes header specifying the attributes to be retrieved"
                + " is either missing or empty</Message>");
    HttpResponse<String> unknown =
        send(
            request("/wire/src%20key%3F?attributes")
                .header("x-amz-object-attributes", "ETag,Owner")
                .GET());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("<Message>Invalid attribute name specified.</Message>")
        .contains("<ArgumentName>x-amz-object-attributes</ArgumentName>")
        .contains("<ArgumentValue>Owner</ArgumentValue>");
    HttpResponse<String> badPaging =
        send(
            request("/wire/src%20key%3F?attributes")
                .header("x-amz-object-attributes", "ObjectParts")
                .header("x-amz-max-parts", "many")
                .GET());
    assertThat(badPaging.statusCode()).isEqualTo(400);
    assertThat(badPaging.body()).contains("<ArgumentName>x-amz-max-parts</ArgumentName>");
  }

  private static String deleteBody() {
    return "<Delete><Object><Key>src key?</Key></Object></Delete>";
  }

  private static HttpRequest.Builder copy(String path, String source) {
    return request(path).header("x-amz-copy-source", source).PUT(BodyPublishers.noBody());
  }

  private static HttpRequest.Builder rename(String path, String source) {
    return request(path).header("x-amz-rename-source", source).PUT(BodyPublishers.noBody());
  }

  private static HttpRequest.Builder delete(String body, String header, String value) {
    HttpRequest.Builder request =
        request("/wire?delete").POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return header == null ? request : request.header(header, value);
  }

  private static String md5(String body) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return S3TestServer.request(server, pathAndQuery);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return S3TestServer.send(request.build());
  }
}
