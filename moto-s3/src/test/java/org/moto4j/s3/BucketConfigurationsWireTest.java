package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.servlet.MotoServer;

/**
 * The configuration calls on the wire: what a body S3 cannot read answers, the status codes of the
 * Puts and Deletes, and the documents as S3 writes them.
 */
class BucketConfigurationsWireTest {

  private static final Pattern ERROR =
      Pattern.compile(
          "<\\?xml[^>]*>\\s*<Error><Code>(?<code>[^<]*)</Code><Message>(?<message>[^<]*)</Message>"
              + "(?<details>.*)<RequestId>.*",
          Pattern.DOTALL);
  private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

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
  void bucketWithAnObject() {
    server.moto().reset();
    send("PUT", "/wire", null);
    send("PUT", "/wire/key", "data");
  }

  @ParameterizedTest(name = "PUT {0} with an empty body")
  @CsvSource({
    "/wire?tagging",
    "/wire/key?tagging",
    "/wire?cors",
    "/wire?lifecycle",
    "/wire?encryption",
    "/wire?logging",
    "/wire?notification",
    "/wire?accelerate",
    "/wire?requestPayment",
    "/wire?website",
    "/wire?metrics&id=m",
    "/wire?analytics&id=a",
    "/wire?inventory&id=i",
    "/wire?intelligent-tiering&id=t"
  })
  void a_put_without_a_body_is_MissingRequestBodyError(String pathAndQuery) {
    assertError(
        send("PUT", pathAndQuery, null), 400, "MissingRequestBodyError", "Request Body is empty");
  }

  @ParameterizedTest(name = "PUT {0} with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/wire?tagging      | <Tagging><TagSet>",
        "/wire?tagging      | <Tagging></Tagging>",
        "/wire/key?tagging  | <Tagging><TagSet><Tag><Key>a</Key></Tag></TagSet></Tagging>",
        "/wire/key?tagging  | <Tags><TagSet></TagSet></Tags>",
        "/wire?cors         | <CORSConfiguration></CORSConfiguration>",
        "/wire?cors         | <CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>",
        "/wire?lifecycle    | <LifecycleConfiguration><Rule><Status>Enabled</Status><Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>",
        "/wire?encryption   | <ServerSideEncryptionConfiguration/>",
        "/wire?accelerate   | <AccelerateConfiguration><Status>On</Status></AccelerateConfiguration>",
        "/wire?website      | not xml at all",
      })
  void a_document_s3_cannot_read_is_MalformedXML_and_stores_nothing(
      String pathAndQuery, String body) {
    assertError(
        send("PUT", pathAndQuery, body),
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
    assertThat(send("GET", "/wire?tagging", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/wire?cors", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/wire/key?tagging", null).body()).contains("<TagSet></TagSet>");
  }

  @Test
  void tagging_answers_204_for_bucket_writes_200_for_object_puts_and_s3s_documents() {
    String tagging =
        "<Tagging " + NS + "><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>";
    assertThat(send("PUT", "/wire?tagging", tagging).statusCode()).isEqualTo(204);
    HttpResponse<String> bucket = send("GET", "/wire?tagging", null);
    assertThat(bucket.statusCode()).isEqualTo(200);
    assertThat(bucket.body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Tagging "
                + NS
                + "><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>");
    assertThat(send("DELETE", "/wire?tagging", null).statusCode()).isEqualTo(204);

    assertThat(send("PUT", "/wire/key?tagging", tagging).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/wire/key?tagging", null).body()).isEqualTo(bucket.body());
    assertThat(send("HEAD", "/wire/key", null).headers().firstValue("x-amz-tagging-count"))
        .hasValue("1");
    assertThat(send("DELETE", "/wire/key?tagging", null).statusCode()).isEqualTo(204);
  }

  @Test
  void an_invalid_tag_names_the_key_and_value_in_the_error() {
    String tagging =
        "<Tagging><TagSet><Tag><Key>k</Key><Value>a;b</Value></Tag></TagSet></Tagging>";
    HttpResponse<String> response = send("PUT", "/wire/key?tagging", tagging);
    Matcher error =
        assertError(response, 400, "InvalidTag", "The TagValue you have provided is invalid");
    assertThat(error.group("details")).isEqualTo("<TagKey>k</TagKey><TagValue>a;b</TagValue>");
  }

  @Test
  void a_stored_document_is_answered_in_s3s_namespace_with_its_attributes() {
    String logging =
        "<BucketLoggingStatus><LoggingEnabled><TargetBucket>wire</TargetBucket>"
            + "<TargetPrefix>logs/</TargetPrefix><TargetGrants><Grant>"
            + "<Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:type=\"Group\"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>"
            + "</Grantee><Permission>READ</Permission></Grant></TargetGrants></LoggingEnabled>"
            + "</BucketLoggingStatus>";
    assertThat(send("PUT", "/wire?logging", logging).statusCode()).isEqualTo(200);
    String body = send("GET", "/wire?logging", null).body();
    assertThat(body)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BucketLoggingStatus " + NS + ">")
        .contains("xsi:type=\"Group\"")
        .contains("<TargetPrefix>logs/</TargetPrefix>");
  }

  @Test
  void the_configurations_without_a_stored_document_answer_s3s_defaults() {
    assertThat(send("GET", "/wire?logging", null).body())
        .endsWith("<BucketLoggingStatus " + NS + "></BucketLoggingStatus>");
    assertThat(send("GET", "/wire?accelerate", null).body())
        .endsWith("<AccelerateConfiguration " + NS + "></AccelerateConfiguration>");
    assertThat(send("GET", "/wire?requestPayment", null).body())
        .endsWith("<Payer>BucketOwner</Payer></RequestPaymentConfiguration>");
    assertThat(send("GET", "/wire?encryption", null).body())
        .endsWith(
            "<Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
                + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled>"
                + "</Rule></ServerSideEncryptionConfiguration>");
    assertThat(send("GET", "/wire?metrics", null).body())
        .endsWith(
            "<ListMetricsConfigurationsResult "
                + NS
                + "><IsTruncated>false</IsTruncated></ListMetricsConfigurationsResult>");
  }

  @Test
  void a_get_of_an_absent_configuration_names_the_bucket() {
    Matcher lifecycle =
        assertError(
            send("GET", "/wire?lifecycle", null),
            404,
            "NoSuchLifecycleConfiguration",
            "The lifecycle configuration does not exist");
    assertThat(lifecycle.group("details")).isEqualTo("<BucketName>wire</BucketName>");
    Matcher cors =
        assertError(
            send("GET", "/wire?cors", null),
            404,
            "NoSuchCORSConfiguration",
            "The CORS configuration does not exist");
    assertThat(cors.group("details")).isEqualTo("<BucketName>wire</BucketName>");
  }

  @Test
  void the_legacy_lifecycle_and_notification_documents_are_served_by_their_successors() {
    String lifecycle =
        "<LifecycleConfiguration><Rule><ID>old</ID><Prefix>logs/</Prefix><Status>Enabled</Status>"
            + "<Expiration><Days>3</Days></Expiration></Rule></LifecycleConfiguration>";
    assertThat(send("PUT", "/wire?lifecycle", lifecycle).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/wire?lifecycle", null).body())
        .endsWith(
            "<LifecycleConfiguration "
                + NS
                + "><Rule><ID>old</ID><Prefix>logs/</Prefix><Status>Enabled</Status>"
                + "<Expiration><Days>3</Days></Expiration></Rule></LifecycleConfiguration>");

    String notification =
        "<NotificationConfiguration><TopicConfiguration><Id>legacy</Id>"
            + "<Topic>arn:aws:sns:us-east-1:123456789012:lost</Topic>"
            + "<Event>s3:ReducedRedundancyLostObject</Event></TopicConfiguration>"
            + "</NotificationConfiguration>";
    assertThat(send("PUT", "/wire?notification", notification).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/wire?notification", null).body())
        .contains("<Topic>arn:aws:sns:us-east-1:123456789012:lost</Topic>")
        .contains("<Event>s3:ReducedRedundancyLostObject</Event>");
  }

  @Test
  void a_configuration_of_a_missing_bucket_is_NoSuchBucket() {
    for (String query : new String[] {"tagging", "cors", "lifecycle", "encryption", "website"}) {
      assertError(
          send("GET", "/absent?" + query, null),
          404,
          "NoSuchBucket",
          "The specified bucket does not exist");
    }
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

  private static HttpResponse<String> send(String method, String pathAndQuery, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, pathAndQuery)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }
}
