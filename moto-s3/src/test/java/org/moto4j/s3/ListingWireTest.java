package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.servlet.MotoServer;

/**
 * ListObjects and ListObjectsV2 on the wire, with no SDK to decode for us: what {@code
 * encoding-type=url} writes, byte for byte, and the InvalidArgument answers to bad parameters.
 */
class ListingWireTest {

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
    assertThat(send("PUT", "/wire", null).statusCode()).isEqualTo(200);
  }

  @Test
  void url_encoding_writes_spaces_as_plus_and_escapes_everything_but_unreserved_and_slash() {
    put("a b.txt", "a+b.txt", "100%.csv", "한글/x.txt", "run books/x.txt", "ctl\u0001\u001f", "~_-.");
    String body = get("/wire?list-type=2&encoding-type=url");
    assertThat(body)
        .contains("<Key>a+b.txt</Key>")
        .contains("<Key>a%2Bb.txt</Key>")
        .contains("<Key>100%25.csv</Key>")
        .contains("<Key>%ED%95%9C%EA%B8%80/x.txt</Key>")
        .contains("<Key>run+books/x.txt</Key>")
        .contains("<Key>ctl%01%1F</Key>")
        .contains("<Key>~_-.</Key>")
        .contains("<EncodingType>url</EncodingType>");

    String grouped =
        get("/wire?list-type=2&encoding-type=url&delimiter=/&prefix=&start-after=a%20b.txt");
    assertThat(grouped)
        .contains("<Delimiter>/</Delimiter>")
        .contains("<CommonPrefixes><Prefix>run+books/</Prefix></CommonPrefixes>")
        .contains("<CommonPrefixes><Prefix>%ED%95%9C%EA%B8%80/</Prefix></CommonPrefixes>")
        .contains("<StartAfter>a+b.txt</StartAfter>")
        .contains("<Key>a%2Bb.txt</Key>")
        .doesNotContain("<Key>a+b.txt</Key>");
  }

  @Test
  void url_encoding_in_list_objects_v1_covers_marker_next_marker_prefix_and_delimiter() {
    put("d ir/a", "d ir/b+c/x", "d ir/b+c/y", "d ir/é");
    String body =
        get("/wire?encoding-type=url&prefix=d%20ir/&delimiter=%2B&marker=d%20ir/a&max-keys=1");
    assertThat(body)
        .contains("<IsTruncated>true</IsTruncated>")
        .contains("<Marker>d+ir/a</Marker>")
        .contains("<NextMarker>d+ir/b%2B</NextMarker>")
        .contains("<Prefix>d+ir/</Prefix>")
        .contains("<Delimiter>%2B</Delimiter>")
        .contains("<CommonPrefixes><Prefix>d+ir/b%2B</Prefix></CommonPrefixes>")
        .doesNotContain("<Contents>");
  }

  @Test
  void without_url_encoding_keys_are_written_as_they_are_escaped_only_for_xml() {
    put("a b&c<d>.txt", "ctl\u0001");
    String body = get("/wire?list-type=2");
    assertThat(body)
        .contains("<Key>a b&amp;c&lt;d&gt;.txt</Key>")
        .contains("<Key>ctl&#1;</Key>")
        .doesNotContain("<EncodingType>");
  }

  @Test
  void an_empty_delimiter_is_no_delimiter_and_is_not_echoed() {
    put("a/b", "c");
    String body = get("/wire?list-type=2&delimiter=");
    assertThat(body)
        .contains("<Key>a/b</Key>")
        .doesNotContain("<Delimiter>")
        .doesNotContain("<CommonPrefixes>");
  }

  @Test
  void a_continuation_token_is_echoed_and_the_next_one_carries_on() {
    put("a", "b", "c");
    String first = get("/wire?list-type=2&max-keys=2");
    String token = between(first, "<NextContinuationToken>", "</NextContinuationToken>");
    String second = get("/wire?list-type=2&max-keys=2&continuation-token=" + token);
    assertThat(second)
        .contains("<ContinuationToken>" + token + "</ContinuationToken>")
        .contains("<Key>c</Key>")
        .contains("<KeyCount>1</KeyCount>")
        .contains("<IsTruncated>false</IsTruncated>")
        .doesNotContain("<NextContinuationToken>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/wire?list-type=2&max-keys=-1 | Argument maxKeys must be an integer between 0 and"
            + " 2147483647 | maxKeys | -1",
        "/wire?max-keys=-5 | Argument maxKeys must be an integer between 0 and 2147483647"
            + " | maxKeys | -5",
        "/wire?list-type=2&max-keys=ten | Provided max-keys not an integer or within integer"
            + " range | max-keys | ten",
        "/wire?max-keys=2147483648 | Provided max-keys not an integer or within integer range"
            + " | max-keys | 2147483648",
        "/wire?list-type=2&encoding-type=xml | Invalid Encoding Method specified in Request"
            + " | encoding-type | xml",
        "/wire?encoding-type=URL | Invalid Encoding Method specified in Request | encoding-type"
            + " | URL",
        "/wire?list-type=2&continuation-token=not!base64 | The continuation token provided is"
            + " incorrect | continuation-token | not!base64",
        "/wire?list-type=2&continuation-token=_w | The continuation token provided is incorrect"
            + " | continuation-token | _w",
      })
  void a_bad_listing_parameter_is_InvalidArgument_naming_it(
      String pathAndQuery, String message, String argument, String value) {
    HttpResponse<String> response = send("GET", pathAndQuery, null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("<Message>" + message + "</Message>")
        .contains("<ArgumentName>" + argument + "</ArgumentName>")
        .contains("<ArgumentValue>" + value + "</ArgumentValue>");
  }

  @Test
  void an_empty_continuation_token_is_incorrect_too() {
    HttpResponse<String> response = send("GET", "/wire?list-type=2&continuation-token=", null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Message>The continuation token provided is incorrect");
  }

  @Test
  void a_token_for_any_entry_is_accepted_so_tokens_are_opaque_but_not_checked_for_origin() {
    put("a", "b");
    String token =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("a".getBytes(StandardCharsets.UTF_8));
    assertThat(get("/wire?list-type=2&continuation-token=" + token))
        .contains("<Key>b</Key>")
        .doesNotContain("<Key>a</Key>");
  }

  @Test
  void a_missing_bucket_is_NoSuchBucket_for_both_versions_and_in_another_account() {
    for (String query : new String[] {"", "?list-type=2"}) {
      HttpResponse<String> response = send("GET", "/nowhere" + query, null);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .contains("<Code>NoSuchBucket</Code>")
          .contains("<BucketName>nowhere</BucketName>");
      HttpResponse<String> elsewhere =
          S3TestServer.send(
              S3TestServer.request(server, "/nowhere" + query)
                  .header("x-moto-account-id", S3TestServer.ANOTHER_ACCOUNT)
                  .GET()
                  .build());
      assertThat(elsewhere.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_listing_by_another_account_lists_the_owners_bucket() {
    put("shared");
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/wire?list-type=2&fetch-owner=true")
                .header("x-moto-account-id", S3TestServer.ANOTHER_ACCOUNT)
                .GET()
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Key>shared</Key>").contains("<Owner>");
  }

  private static void put(String... keys) {
    for (String key : keys) {
      HttpResponse<String> response = send("PUT", "/wire/" + KeyPaths.escape(key), "x");
      assertThat(response.statusCode()).as(key).isEqualTo(200);
    }
  }

  private static String get(String pathAndQuery) {
    HttpResponse<String> response = send("GET", pathAndQuery, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> send(String method, String pathAndQuery, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, pathAndQuery)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(text).isNotNegative();
    return text.substring(from + start.length(), text.indexOf(end, from));
  }
}
