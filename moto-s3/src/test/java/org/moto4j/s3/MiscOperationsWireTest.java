package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * Wire shapes of the slice-B odds and ends, as plain HTTP clients see them: WriteGetObjectResponse
 * (whose SDK signing name, {@code s3-object-lambda}, core does not route to S3 yet), CreateSession
 * and ListDirectoryBuckets documents, and S3 Metadata bodies S3 refuses.
 */
class MiscOperationsWireTest {

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.moto().reset();
  }

  private static HttpResponse<String> send(String method, String path, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void write_get_object_response_is_refused_with_access_denied() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/WriteGetObjectResponse")
                .header("x-amz-request-route", "io-use1-001")
                .header("x-amz-request-token", "token")
                .POST(HttpRequest.BodyPublishers.ofString("transformed"))
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>AccessDenied</Code>");
  }

  @Test
  void write_get_object_response_signed_for_object_lambda_reaches_s3() {
    // The SDK signs it as s3-object-lambda: that is S3, not an uninstalled service.
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/WriteGetObjectResponse")
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/us-east-1/"
                        + "s3-object-lambda/aws4_request, SignedHeaders=host, Signature=0")
                .header("x-amz-request-route", "io-use1-001")
                .header("x-amz-request-token", "token")
                .POST(HttpRequest.BodyPublishers.ofString("transformed"))
                .build());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>AccessDenied</Code>");
  }

  @Test
  void create_session_answers_credentials_in_a_create_session_result() {
    String configuration =
        "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Location><Type>AvailabilityZone</Type><Name>usw2-az1</Name></Location>"
            + "<Bucket><DataRedundancy>SingleAvailabilityZone</DataRedundancy>"
            + "<Type>Directory</Type></Bucket></CreateBucketConfiguration>";
    assertThat(send("PUT", "/zonal--usw2-az1--x-s3", configuration).statusCode()).isEqualTo(200);

    HttpResponse<String> session = send("GET", "/zonal--usw2-az1--x-s3?session", null);

    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.body())
        .containsPattern(
            "<CreateSessionResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Credentials><AccessKeyId>ASIA[A-Z0-9]{16}</AccessKeyId>"
                + "<SecretAccessKey>[^<]+</SecretAccessKey><SessionToken>[^<]+</SessionToken>"
                + "<Expiration>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z</Expiration>"
                + "</Credentials></CreateSessionResult>");
  }

  @Test
  void a_directory_bucket_without_its_configuration_is_refused() {
    HttpResponse<String> response = send("PUT", "/zonal--usw2-az1--x-s3", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidRequest</Code>");
    assertThat(send("HEAD", "/zonal--usw2-az1--x-s3", null).statusCode()).isEqualTo(404);
  }

  @Test
  void a_metadata_configuration_without_a_journal_table_is_malformed() {
    send("PUT", "/described", null);

    HttpResponse<String> response =
        send(
            "POST",
            "/described?metadataConfiguration",
            "<MetadataConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<InventoryTableConfiguration><ConfigurationState>ENABLED</ConfigurationState>"
                + "</InventoryTableConfiguration></MetadataConfiguration>");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>MalformedXML</Code>");
    assertThat(send("GET", "/described?metadataConfiguration", null).statusCode()).isEqualTo(404);
  }

  @Test
  void an_abac_status_other_than_enabled_or_disabled_is_malformed() {
    send("PUT", "/described", null);

    HttpResponse<String> response =
        send(
            "PUT",
            "/described?abac",
            "<AbacStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Status>Sometimes</Status></AbacStatus>");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>MalformedXML</Code>");
  }
}
