package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.servlet.MotoServer;

/**
 * ACLs, Block Public Access and bucket policies on the wire: the AccessControlPolicy document as S3
 * writes it (golden file), and the errors of headers and bodies S3 refuses, with their details.
 */
class AccessWireTest {

  private static final Pattern ERROR =
      Pattern.compile(
          "<\\?xml[^>]*>\\s*<Error><Code>(?<code>[^<]*)</Code><Message>(?<message>[^<]*)</Message>"
              + "(?<details>.*)<RequestId>.*",
          Pattern.DOTALL);
  private static final String OWNER_ID = CanonicalIds.of(AccountId.DEFAULT);
  private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

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
  void aBucketWithAclsEnabled() {
    server.moto().reset();
    send("PUT", "/wire", null, "x-amz-object-ownership", "ObjectWriter");
    send("DELETE", "/wire?publicAccessBlock", null);
    send("PUT", "/wire/key", "data");
  }

  @Test
  void get_object_acl_matches_its_golden_file() {
    assertThat(send("PUT", "/wire/key?acl", null, "x-amz-acl", "public-read").statusCode())
        .isEqualTo(200);
    HttpResponse<String> response = send("GET", "/wire/key?acl", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(response.body().replace(OWNER_ID, "OWNER"))
        .isEqualTo(golden("access-control-policy.xml"));
  }

  @Test
  void a_canned_acl_with_grants_is_an_invalid_request() {
    assertError(
        send(
            "PUT",
            "/wire?acl",
            null,
            "x-amz-acl",
            "private",
            "x-amz-grant-read",
            "id=\"" + OWNER_ID + "\""),
        400,
        "InvalidRequest",
        "Specifying both Canned ACLs and Header Grants is not allowed");
  }

  @Test
  void a_malformed_grant_header_names_the_header_and_value() {
    Matcher error =
        assertError(
            send("PUT", "/wire?acl", null, "x-amz-grant-read", "nobody"),
            400,
            "InvalidArgument",
            "Argument format not recognized");
    assertThat(error.group("details"))
        .contains("<ArgumentName>x-amz-grant-read</ArgumentName>")
        .contains("<ArgumentValue>nobody</ArgumentValue>");
    assertError(
        send("PUT", "/wire?acl", null, "x-amz-grant-read", "id=\"abc\""),
        400,
        "InvalidArgument",
        "Invalid id");
    assertError(
        send("PUT", "/wire?acl", null, "x-amz-grant-read", "uri=\"http://example.com/g\""),
        400,
        "InvalidArgument",
        "Invalid group uri");
    // AWS discontinued e-mail grantees on October 1, 2025: 405.
    assertError(
        send("PUT", "/wire?acl", null, "x-amz-grant-read", "emailAddress=\"a@example.com\""),
        405,
        "MethodNotAllowed",
        "The specified method is not allowed against this resource.");
  }

  @Test
  void an_access_control_policy_without_owner_or_type_is_malformed() {
    String noOwner = "<AccessControlPolicy><AccessControlList/></AccessControlPolicy>";
    String noType =
        "<AccessControlPolicy><Owner><ID>"
            + OWNER_ID
            + "</ID></Owner><AccessControlList><Grant><Grantee><ID>"
            + OWNER_ID
            + "</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList>"
            + "</AccessControlPolicy>";
    String badPermission =
        "<AccessControlPolicy><Owner><ID>"
            + OWNER_ID
            + "</ID></Owner><AccessControlList><Grant><Grantee "
            + XSI
            + " xsi:type=\"CanonicalUser\"><ID>"
            + OWNER_ID
            + "</ID></Grantee><Permission>ALL</Permission></Grant></AccessControlList>"
            + "</AccessControlPolicy>";
    for (String body : new String[] {noOwner, noType, badPermission, "<not-xml"}) {
      assertError(
          send("PUT", "/wire?acl", body),
          400,
          "MalformedACLError",
          "The XML you provided was not well-formed or did not validate against our published"
              + " schema");
    }
  }

  @Test
  void an_acl_put_needs_headers_or_a_body_but_not_both() {
    assertError(
        send("PUT", "/wire?acl", null),
        400,
        "MissingSecurityHeader",
        "Your request was missing a required header");
    String body =
        "<AccessControlPolicy><Owner><ID>"
            + OWNER_ID
            + "</ID></Owner><AccessControlList/></AccessControlPolicy>";
    assertError(
        send("PUT", "/wire?acl", body, "x-amz-acl", "private"),
        400,
        "UnexpectedContent",
        "This request does not support content");
  }

  @Test
  void a_public_access_block_and_ownership_controls_are_written_in_the_models_order() {
    assertThat(
            send(
                    "PUT",
                    "/wire?publicAccessBlock",
                    "<PublicAccessBlockConfiguration><RestrictPublicBuckets>true"
                        + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>")
                .statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/wire?publicAccessBlock", null).body())
        .endsWith(
            "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<BlockPublicAcls>false</BlockPublicAcls><IgnorePublicAcls>false"
                + "</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy>"
                + "<RestrictPublicBuckets>true</RestrictPublicBuckets>"
                + "</PublicAccessBlockConfiguration>");
    assertThat(send("GET", "/wire?ownershipControls", null).body())
        .endsWith(
            "<OwnershipControls xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
                + "<ObjectOwnership>ObjectWriter</ObjectOwnership></Rule></OwnershipControls>");
    assertError(
        send(
            "PUT",
            "/wire?ownershipControls",
            "<OwnershipControls><Rule><ObjectOwnership>Nobody</ObjectOwnership></Rule>"
                + "</OwnershipControls>"),
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
  }

  @Test
  void a_bucket_policy_is_answered_byte_for_byte_and_deleted_with_204() {
    String policy =
        "{ \"Version\": \"2012-10-17\", \"Statement\": [ {\"Effect\": \"Deny\", \"Principal\":"
            + " \"*\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"arn:aws:s3:::wire/*\"} ] }";
    assertThat(send("PUT", "/wire?policy", policy).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/wire?policy", null).body()).isEqualTo(policy);
    assertThat(send("GET", "/wire?policyStatus", null).body())
        .endsWith(
            "<PolicyStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<IsPublic>false</IsPublic></PolicyStatus>");
    // The Deny applies to everyone's object deletes, and to nothing else.
    assertError(send("DELETE", "/wire/key", null), 403, "AccessDenied", "Access Denied");
    assertThat(send("GET", "/wire/key", null).statusCode()).isEqualTo(200);
    assertThat(send("DELETE", "/wire?policy", null).statusCode()).isEqualTo(204);
    assertThat(send("DELETE", "/wire/key", null).statusCode()).isEqualTo(204);
    assertError(
        send("GET", "/wire?policy", null),
        404,
        "NoSuchBucketPolicy",
        "The bucket policy does not exist");
  }

  @Test
  void an_explicit_deny_of_put_object_refuses_a_form_upload_too() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::wire/denied/*\"}]}";
    assertThat(send("PUT", "/wire?policy", policy).statusCode()).isEqualTo(204);
    HttpResponse<String> denied =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "denied/f.txt")
                .file("f.txt", "v")
                .post(java.net.URI.create(server.endpoint() + "/wire"))
                .build());
    assertError(denied, 403, "AccessDenied", "Access Denied");
    assertThat(send("GET", "/wire/denied/f.txt", null).statusCode()).isEqualTo(404);
    HttpResponse<String> allowed =
        S3TestServer.send(
            new BrowserForm()
                .field("key", "allowed/f.txt")
                .file("f.txt", "v")
                .post(java.net.URI.create(server.endpoint() + "/wire"))
                .build());
    assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(204);
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

  private static HttpResponse<String> send(
      String method, String pathAndQuery, String body, String... headers) {
    var builder =
        S3TestServer.request(server, pathAndQuery)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return S3TestServer.send(builder.build());
  }

  private static String golden(String name) {
    try (InputStream in = AccessWireTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
