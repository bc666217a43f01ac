package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.servlet.MotoServer;

/**
 * Multipart uploads over plain HTTP: every error with its status, code, message and details
 * (InvalidPart and EntityTooSmall byte for byte against golden files), and the temporary files of
 * parts, which abort, completion and reset must not leave behind.
 */
class MultipartWireTest {

  private static final int MIB = 1024 * 1024;
  private static final String NO_SUCH_UPLOAD =
      "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
          + " been aborted or completed.";

  private static MotoServer server;
  private static BlobStore blobs;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    blobs = server.moto().injector().getInstance(BlobStore.class);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    assertThat(send("PUT", "/wire", null).statusCode()).isEqualTo(200);
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @Test
  void create_answers_the_upload_id_and_the_checksum_it_will_keep() {
    HttpResponse<String> created =
        send(
            request("POST", "/wire/doc.txt?uploads", null)
                .header("x-amz-checksum-algorithm", "crc32c")
                .header("x-amz-checksum-type", "FULL_OBJECT"));
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body())
        .contains(
            "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
        .contains("<Bucket>wire</Bucket><Key>doc.txt</Key><UploadId>");
    assertThat(created.headers().firstValue("x-amz-checksum-algorithm")).hasValue("CRC32C");
    assertThat(created.headers().firstValue("x-amz-checksum-type")).hasValue("FULL_OBJECT");
    assertThat(created.headers().firstValue("x-amz-server-side-encryption")).hasValue("AES256");
  }

  @Test
  void checksum_types_the_algorithm_cannot_have_are_refused() {
    assertError(
        send(
            request("POST", "/wire/k?uploads", null)
                .header("x-amz-checksum-algorithm", "CRC64NVME")
                .header("x-amz-checksum-type", "COMPOSITE")),
        400,
        "InvalidRequest",
        "The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.");
    assertError(
        send(
            request("POST", "/wire/k?uploads", null)
                .header("x-amz-checksum-algorithm", "SHA256")
                .header("x-amz-checksum-type", "FULL_OBJECT")),
        400,
        "InvalidRequest",
        "The FULL_OBJECT checksum type cannot be used with the sha256 checksum algorithm.");
    assertError(
        send(request("POST", "/wire/k?uploads", null).header("x-amz-checksum-type", "COMPOSITE")),
        400,
        "InvalidRequest",
        "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm"
            + " header.");
    assertError(
        send(request("POST", "/wire/k?uploads", null).header("x-amz-checksum-algorithm", "MD5")),
        400,
        "InvalidRequest",
        "Checksum algorithm provided is unsupported. Please try again with any of the valid"
            + " types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
    assertThat(send("GET", "/wire?uploads", null).body()).doesNotContain("<Upload>");
  }

  @Test
  void part_numbers_outside_one_to_ten_thousand_are_refused() {
    String uploadId = create("k");
    for (String number : new String[] {"0", "10001", "-1", "one"}) {
      HttpResponse<String> response =
          send("PUT", "/wire/k?partNumber=" + number + "&uploadId=" + uploadId, "x");
      assertError(
          response,
          400,
          "InvalidArgument",
          "Part number must be an integer between 1 and 10000, inclusive");
      assertThat(response.body())
          .contains("<ArgumentName>partNumber</ArgumentName>")
          .contains("<ArgumentValue>" + number + "</ArgumentValue>");
    }
    assertThat(send("PUT", "/wire/k?partNumber=10000&uploadId=" + uploadId, "x").statusCode())
        .isEqualTo(200);
  }

  @Test
  void an_unknown_upload_id_answers_no_such_upload_with_the_id() {
    for (HttpResponse<String> response :
        List.of(
            send("PUT", "/wire/k?partNumber=1&uploadId=nope", "x"),
            send("GET", "/wire/k?uploadId=nope", null),
            send("DELETE", "/wire/k?uploadId=nope", null),
            send("POST", "/wire/k?uploadId=nope", completion(1, "\"abc\"")))) {
      assertError(response, 404, "NoSuchUpload", NO_SUCH_UPLOAD);
      assertThat(response.body()).contains("<UploadId>nope</UploadId>");
    }
  }

  @Test
  void a_part_that_is_not_what_its_content_md5_says_is_refused_and_not_kept() {
    int baseline = blobs.fileCount();
    String uploadId = create("k");
    assertError(
        send(
            request("PUT", "/wire/k?partNumber=1&uploadId=" + uploadId, new byte[2 * MIB])
                .header("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==")),
        400,
        "BadDigest",
        "The Content-MD5 you specified did not match what we received.");
    assertThat(send("GET", "/wire/k?uploadId=" + uploadId, null).body()).doesNotContain("<Part>");
    assertThat(blobs.fileCount()).isEqualTo(baseline);
  }

  @Test
  void parts_listed_out_of_order_answer_invalid_part_order() {
    String uploadId = create("k");
    String etag1 = uploadPart("k", uploadId, 1, new byte[5 * MIB]);
    String etag2 = uploadPart("k", uploadId, 2, new byte[1]);
    for (String body :
        new String[] {
          "<CompleteMultipartUpload>"
              + part(2, etag2)
              + part(1, etag1)
              + "</CompleteMultipartUpload>",
          "<CompleteMultipartUpload>"
              + part(1, etag1)
              + part(1, etag1)
              + "</CompleteMultipartUpload>"
        }) {
      HttpResponse<String> response = send("POST", "/wire/k?uploadId=" + uploadId, body);
      assertError(
          response,
          400,
          "InvalidPartOrder",
          "The list of parts was not in ascending order. Parts must be ordered by part number.");
      assertThat(response.body()).contains("<UploadId>" + uploadId + "</UploadId>");
    }
  }

  @Test
  void a_part_never_uploaded_matches_its_golden_invalid_part_answer() {
    String uploadId = create("k");
    uploadPart("k", uploadId, 1, "data".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> response =
        send(
            "POST",
            "/wire/k?uploadId=" + uploadId,
            completion(1, "\"0123456789abcdef0123456789abcdef\""));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(normalise(response.body(), uploadId)).isEqualTo(golden("invalid-part.xml"));
  }

  @Test
  void a_small_part_before_the_last_matches_its_golden_entity_too_small_answer() {
    String uploadId = create("k");
    String small = uploadPart("k", uploadId, 1, "small".getBytes(StandardCharsets.US_ASCII));
    String last = uploadPart("k", uploadId, 2, "x".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> response =
        send(
            "POST",
            "/wire/k?uploadId=" + uploadId,
            "<CompleteMultipartUpload>"
                + part(1, small)
                + part(2, last)
                + "</CompleteMultipartUpload>");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(normalise(response.body(), uploadId)).isEqualTo(golden("entity-too-small.xml"));
    // Refused, the upload is as it was: the small part alone completes it.
    assertThat(send("POST", "/wire/k?uploadId=" + uploadId, completion(1, small)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_completion_listing_no_part_or_no_xml_is_malformed() {
    String uploadId = create("k");
    for (String body :
        new String[] {
          "<CompleteMultipartUpload></CompleteMultipartUpload>",
          "",
          "not xml",
          "<CompleteMultipartUpload><Part><ETag>\"a\"</ETag></Part></CompleteMultipartUpload>",
          "<CompleteMultipartUpload><Part><PartNumber>x</PartNumber><ETag>a</ETag></Part>"
              + "</CompleteMultipartUpload>"
        }) {
      assertError(
          send("POST", "/wire/k?uploadId=" + uploadId, body),
          400,
          "MalformedXML",
          "The XML you provided was not well-formed or did not validate against our published"
              + " schema");
    }
  }

  @Test
  void a_composite_upload_needs_every_parts_checksum_and_refuses_parts_of_another_algorithm() {
    String uploadId =
        uploadIdOf(
            send(
                request("POST", "/wire/k?uploads", null)
                    .header("x-amz-checksum-algorithm", "SHA256")));
    byte[] bytes = "payload".getBytes(StandardCharsets.US_ASCII);
    assertError(
        send(
            request("PUT", "/wire/k?partNumber=1&uploadId=" + uploadId, bytes)
                .header("x-amz-checksum-crc32", MultipartDigests.crc32(bytes))),
        400,
        "InvalidRequest",
        "Checksum Type mismatch occurred, expected checksum Type: sha256, actual checksum Type:"
            + " crc32");
    HttpResponse<String> part =
        send(
            request("PUT", "/wire/k?partNumber=1&uploadId=" + uploadId, bytes)
                .header("x-amz-checksum-sha256", MultipartDigests.sha256(bytes)));
    assertThat(part.statusCode()).isEqualTo(200);
    String etag = part.headers().firstValue("ETag").orElseThrow();
    assertError(
        send("POST", "/wire/k?uploadId=" + uploadId, completion(1, etag)),
        400,
        "InvalidRequest",
        "The upload was created using a sha256 checksum. The complete request must include the"
            + " checksum for each part. It was missing for part 1 in the request.");
    String wrongChecksum =
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"
            + etag
            + "</ETag><ChecksumSHA256>"
            + MultipartDigests.sha256(new byte[1])
            + "</ChecksumSHA256></Part></CompleteMultipartUpload>";
    assertError(
        send("POST", "/wire/k?uploadId=" + uploadId, wrongChecksum),
        400,
        "InvalidPart",
        "One or more of the specified parts could not be found.  The part may not have been"
            + " uploaded, or the specified entity tag may not match the part's entity tag.");
    HttpResponse<String> listed = send("GET", "/wire/k?uploadId=" + uploadId, null);
    assertThat(listed.body())
        .contains("<ChecksumAlgorithm>SHA256</ChecksumAlgorithm>")
        .contains("<ChecksumType>COMPOSITE</ChecksumType>")
        .contains("<ChecksumSHA256>" + MultipartDigests.sha256(bytes) + "</ChecksumSHA256>");
  }

  @Test
  void a_full_object_checksum_or_size_that_does_not_match_is_refused() {
    String uploadId =
        uploadIdOf(
            send(
                request("POST", "/wire/k?uploads", null)
                    .header("x-amz-checksum-algorithm", "CRC32")
                    .header("x-amz-checksum-type", "FULL_OBJECT")));
    byte[] bytes = "whole".getBytes(StandardCharsets.US_ASCII);
    String etag = uploadPart("k", uploadId, 1, bytes);
    assertError(
        send(
            request("POST", "/wire/k?uploadId=" + uploadId, completion(1, etag))
                .header("x-amz-checksum-crc32", MultipartDigests.crc32(new byte[3]))),
        400,
        "BadDigest",
        "The CRC32 you specified did not match the calculated checksum.");
    assertError(
        send(
            request("POST", "/wire/k?uploadId=" + uploadId, completion(1, etag))
                .header("x-amz-checksum-type", "COMPOSITE")),
        400,
        "BadDigest",
        "The upload was created using the FULL_OBJECT checksum type. The complete request must use"
            + " the same checksum type.");
    assertError(
        send(
            request("POST", "/wire/k?uploadId=" + uploadId, completion(1, etag))
                .header("x-amz-mp-object-size", "6")),
        400,
        "InvalidRequest",
        "The provided 'x-amz-mp-object-size' header value 6 does not match what was computed: 5");
    HttpResponse<String> done =
        send(
            request("POST", "/wire/k?uploadId=" + uploadId, completion(1, etag))
                .header("x-amz-checksum-crc32", MultipartDigests.crc32(bytes))
                .header("x-amz-checksum-type", "FULL_OBJECT")
                .header("x-amz-mp-object-size", "5"));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains(
            "<ChecksumCRC32>"
                + MultipartDigests.crc32(bytes)
                + "</ChecksumCRC32><ChecksumType>FULL_OBJECT</ChecksumType>");
  }

  @Test
  void upload_part_copy_refuses_ranges_sources_and_versions_it_cannot_read() {
    send("PUT", "/wire/source.txt", "0123456789");
    String uploadId = create("k");
    String target = "/wire/k?partNumber=1&uploadId=" + uploadId;

    HttpResponse<String> beyond =
        send(
            request("PUT", target, null)
                .header("x-amz-copy-source", "/wire/source.txt")
                .header("x-amz-copy-source-range", "bytes=5-10"));
    assertError(
        beyond,
        400,
        "InvalidArgument",
        "Range specified is not valid for source object of size: 10");
    assertThat(beyond.body())
        .contains("<ArgumentName>x-amz-copy-source-range</ArgumentName>")
        .contains("<ArgumentValue>bytes=5-10</ArgumentValue>");
    assertError(
        send(
            request("PUT", target, null)
                .header("x-amz-copy-source", "wire/source.txt")
                .header("x-amz-copy-source-range", "bytes=5-")),
        400,
        "InvalidArgument",
        "The x-amz-copy-source-range value must be of the form bytes=first-last where first and"
            + " last are the zero-based offsets of the first and last bytes to copy");
    assertError(
        send(request("PUT", target, null).header("x-amz-copy-source", "wire")),
        400,
        "InvalidArgument",
        "Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
    assertError(
        send(request("PUT", target, null).header("x-amz-copy-source", "/wire/missing.txt")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        send(request("PUT", target, null).header("x-amz-copy-source", "/nowhere/source.txt")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
    assertError(
        send(
            request("PUT", target, null)
                .header("x-amz-copy-source", "/wire/source.txt?versionId=abc")),
        400,
        "InvalidArgument",
        "Invalid version id specified");
    assertError(
        send(
            request("PUT", target, null)
                .header(
                    "x-amz-copy-source",
                    "/wire/source.txt?versionId=3HL4kqtJlcpXroDTDmjVBH40Nrjfkd0q")),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");

    HttpResponse<String> copied =
        send(
            request("PUT", target, null)
                .header("x-amz-copy-source", "/wire/source.txt?versionId=null")
                .header("x-amz-copy-source-range", "bytes=2-4"));
    assertThat(copied.statusCode()).isEqualTo(200);
    assertThat(copied.body())
        .contains("<CopyPartResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><ETag>")
        .contains(MultipartDigests.partEtag("234".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void upload_part_copy_preconditions_answer_412_naming_the_copy_source_header() {
    HttpResponse<String> put = send("PUT", "/wire/source.txt", "content");
    String etag = put.headers().firstValue("ETag").orElseThrow();
    String uploadId = create("k");
    String target = "/wire/k?partNumber=1&uploadId=" + uploadId;

    String[][] failing = {
      {"x-amz-copy-source-if-match", "\"other\"", "x-amz-copy-source-If-Match"},
      {"x-amz-copy-source-if-none-match", etag, "x-amz-copy-source-If-None-Match"},
      {
        "x-amz-copy-source-if-unmodified-since",
        "Mon, 01 Jan 2001 00:00:00 GMT",
        "x-amz-copy-source-If-Unmodified-Since"
      },
      {
        "x-amz-copy-source-if-modified-since",
        "Fri, 01 Jan 2100 00:00:00 GMT",
        "x-amz-copy-source-If-Modified-Since"
      }
    };
    for (String[] condition : failing) {
      HttpResponse<String> response =
          send(
              request("PUT", target, null)
                  .header("x-amz-copy-source", "/wire/source.txt")
                  .header(condition[0], condition[1]));
      assertError(
          response,
          412,
          "PreconditionFailed",
          "At least one of the pre-conditions you specified did not hold");
      assertThat(response.body()).contains("<Condition>" + condition[2] + "</Condition>");
    }
    assertThat(
            send(request("PUT", target, null)
                    .header("x-amz-copy-source", "/wire/source.txt")
                    .header("x-amz-copy-source-if-match", etag))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void list_paging_arguments_must_be_non_negative_integers() {
    String uploadId = create("k");
    assertError(
        send("GET", "/wire/k?uploadId=" + uploadId + "&max-parts=many", null),
        400,
        "InvalidArgument",
        "Provided max-parts not an integer or within integer range");
    assertError(
        send("GET", "/wire/k?uploadId=" + uploadId + "&part-number-marker=-2", null),
        400,
        "InvalidArgument",
        "Argument part-number-marker must be an integer between 0 and 2147483647");
    assertError(
        send("GET", "/wire?uploads&max-uploads=-1", null),
        400,
        "InvalidArgument",
        "Argument max-uploads must be an integer between 0 and 2147483647");
    assertError(
        send("GET", "/wire?uploads&encoding-type=xml", null),
        400,
        "InvalidArgument",
        "Invalid Encoding Method specified in Request");
  }

  @Test
  void list_multipart_uploads_url_encodes_keys_when_asked() {
    create("a b/ü+1.txt");
    HttpResponse<String> listed = send("GET", "/wire?uploads&encoding-type=url", null);
    assertThat(listed.body())
        .contains("<Key>a+b/%C3%BC%2B1.txt</Key>")
        .contains("<EncodingType>url</EncodingType>")
        .contains("<NextKeyMarker>a+b/%C3%BC%2B1.txt</NextKeyMarker>");
    HttpResponse<String> grouped = send("GET", "/wire?uploads&encoding-type=url&delimiter=/", null);
    assertThat(grouped.body()).contains("<CommonPrefixes><Prefix>a+b/</Prefix></CommonPrefixes>");
  }

  @Test
  void abort_releases_every_part_file() {
    int baseline = blobs.fileCount();
    String uploadId = create("big");
    uploadPart("big", uploadId, 1, new byte[2 * MIB]);
    uploadPart("big", uploadId, 2, new byte[2 * MIB]);
    uploadPart("big", uploadId, 2, new byte[3 * MIB]);
    assertThat(blobs.fileCount()).isEqualTo(baseline + 2);

    assertThat(send("DELETE", "/wire/big?uploadId=" + uploadId, null).statusCode()).isEqualTo(204);
    assertThat(blobs.fileCount()).isEqualTo(baseline);
    assertError(
        send("DELETE", "/wire/big?uploadId=" + uploadId, null),
        404,
        "NoSuchUpload",
        NO_SUCH_UPLOAD);
  }

  @Test
  void completion_keeps_the_listed_parts_files_and_releases_the_others() {
    int baseline = blobs.fileCount();
    String uploadId = create("big");
    String etag1 = uploadPart("big", uploadId, 1, new byte[5 * MIB]);
    uploadPart("big", uploadId, 2, new byte[2 * MIB]);
    String etag3 = uploadPart("big", uploadId, 3, new byte[2 * MIB]);
    assertThat(blobs.fileCount()).isEqualTo(baseline + 3);

    String body =
        "<CompleteMultipartUpload>"
            + part(1, etag1)
            + part(3, etag3)
            + "</CompleteMultipartUpload>";
    assertThat(send("POST", "/wire/big?uploadId=" + uploadId, body).statusCode()).isEqualTo(200);
    assertThat(blobs.fileCount()).isEqualTo(baseline + 2);
    HttpResponse<String> head = send("HEAD", "/wire/big", null);
    assertThat(head.headers().firstValue("Content-Length")).hasValue(Long.toString(7L * MIB));

    assertThat(send("DELETE", "/wire/big", null).statusCode()).isEqualTo(204);
    assertThat(blobs.fileCount()).isEqualTo(baseline);
  }

  @Test
  void reset_and_bucket_deletion_release_the_parts_of_uploads_in_progress() {
    int baseline = blobs.fileCount();
    uploadPart("big", create("big"), 1, new byte[2 * MIB]);
    send("PUT", "/doomed", null);
    String doomed = uploadIdOf(send("POST", "/doomed/k?uploads", null));
    assertThat(
            send("PUT", "/doomed/k?partNumber=1&uploadId=" + doomed, new byte[2 * MIB])
                .statusCode())
        .isEqualTo(200);
    assertThat(blobs.fileCount()).isEqualTo(baseline + 2);

    assertThat(send("DELETE", "/doomed", null).statusCode()).isEqualTo(204);
    assertThat(blobs.fileCount()).isEqualTo(baseline + 1);
    server.moto().reset();
    assertThat(blobs.fileCount()).isEqualTo(baseline);
  }

  @Test
  void another_accounts_uploads_go_with_its_reset_only() {
    HttpResponse<String> created =
        send(request("PUT", "/theirs", null).header("x-moto-account-id", "111111111111"));
    assertThat(created.statusCode()).isEqualTo(200);
    String theirs =
        uploadIdOf(
            send(
                request("POST", "/theirs/k?uploads", null)
                    .header("x-moto-account-id", "111111111111")));
    String mine = create("k");
    server.moto().reset(AccountId.of("111111111111"));
    assertThat(send("GET", "/wire/k?uploadId=" + mine, null).statusCode()).isEqualTo(200);
    send("PUT", "/theirs", null);
    assertError(
        send("GET", "/theirs/k?uploadId=" + theirs, null), 404, "NoSuchUpload", NO_SUCH_UPLOAD);
  }

  @Test
  void a_bucket_owner_other_than_the_expected_one_is_denied() {
    assertError(
        send(
            request("POST", "/wire/k?uploads", null)
                .header("x-amz-expected-bucket-owner", "111111111111")),
        403,
        "AccessDenied",
        "Access Denied");
    String uploadId =
        uploadIdOf(
            send(
                request("POST", "/wire/k?uploads", null)
                    .header("x-amz-expected-bucket-owner", "123456789012")));
    assertError(
        send(
            request("GET", "/wire/k?uploadId=" + uploadId, null)
                .header("x-amz-expected-bucket-owner", "111111111111")),
        403,
        "AccessDenied",
        "Access Denied");
  }

  // ---------------------------------------------------------------------------------------------

  private static String create(String key) {
    String path =
        "/wire/"
            + URLEncoder.encode(key, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2F", "/");
    return uploadIdOf(send("POST", path + "?uploads", null));
  }

  private static String uploadIdOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    Matcher matcher = Pattern.compile("<UploadId>([^<]+)</UploadId>").matcher(created.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String uploadPart(String key, String uploadId, int number, byte[] bytes) {
    HttpResponse<String> response =
        send("PUT", "/wire/" + key + "?partNumber=" + number + "&uploadId=" + uploadId, bytes);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static String part(int number, String etag) {
    return "<Part><PartNumber>" + number + "</PartNumber><ETag>" + etag + "</ETag></Part>";
  }

  private static String completion(int number, String etag) {
    return "<CompleteMultipartUpload>" + part(number, etag) + "</CompleteMultipartUpload>";
  }

  private static void assertError(
      HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body())
        .contains("<Code>" + code + "</Code>")
        .contains("<Message>" + message + "</Message>");
  }

  private static String normalise(String xml, String uploadId) {
    return xml.replace(uploadId, "UPLOAD_ID")
        .replaceAll("<RequestId>[^<]+</RequestId>", "<RequestId>REQUEST_ID</RequestId>")
        .replaceAll("<HostId>[^<]+</HostId>", "<HostId>HOST_ID</HostId>")
        .replace("><", ">\n<");
  }

  private static String golden(String name) {
    try (InputStream in = MultipartWireTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpRequest.Builder request(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? BodyPublishers.noBody()
            : body instanceof byte[] bytes
                ? BodyPublishers.ofByteArray(bytes)
                : BodyPublishers.ofString((String) body);
    return S3TestServer.request(server, path).method(method, publisher);
  }

  private static HttpResponse<String> send(String method, String path, Object body) {
    return send(request(method, path, body));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return S3TestServer.send(request.build());
  }
}
