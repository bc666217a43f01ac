package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.core.http.MotoRequest;

/**
 * AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite: credentials AKIDEXAMPLE,
 * 2015-08-30T12:36:00Z, us-east-1, service "service"): moto4j computes the signature each .sreq
 * file shows, from the request as a server receives it.
 */
class SigV4TestSuiteTest {

  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String SCOPE = "20150830/us-east-1/service/aws4_request";
  private static final String DATE = "20150830T123600Z";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "get-vanilla|GET|/||host;x-amz-date||"
            + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        "get-vanilla-query-order-key|GET|/|Param1=value2&Param1=Value1|host;x-amz-date||"
            + "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1",
        "get-vanilla-query-unreserved|GET|/|-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            + "=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|host;x-amz-date||"
            + "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197",
        "get-utf8|GET|/%E1%88%B4||host;x-amz-date||"
            + "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85",
        "get-slashes|GET|//example//||host;x-amz-date||"
            + "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
        "post-x-www-form-urlencoded|POST|/||content-type;host;x-amz-date|Param1=value1|"
            + "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
      })
  void the_published_signature_is_computed(
      String name,
      String method,
      String path,
      String query,
      String signedHeaders,
      String body,
      String signature) {
    MotoRequest.Builder builder =
        MotoRequest.builder(method, path)
            .rawQuery(query)
            .header("Host", "example.amazonaws.com")
            .header("X-Amz-Date", DATE);
    if (body != null) {
      builder.header("Content-Type", "application/x-www-form-urlencoded");
    }
    assertThat(signatureOf(builder.build(), signedHeaders, body == null ? "" : body))
        .isEqualTo(signature);
  }

  @org.junit.jupiter.api.Test
  void header_values_are_trimmed_and_their_spaces_collapsed() {
    MotoRequest request =
        MotoRequest.builder("GET", "/")
            .header("Host", "example.amazonaws.com")
            .header("My-Header1", " value1")
            .header("My-Header2", " \"a   b   c\"")
            .header("X-Amz-Date", DATE)
            .build();
    assertThat(signatureOf(request, "host;my-header1;my-header2;x-amz-date", ""))
        .isEqualTo("acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
  }

  @org.junit.jupiter.api.Test
  void repeated_headers_are_joined_by_commas_in_order() {
    MotoRequest request =
        MotoRequest.builder("GET", "/")
            .header("Host", "example.amazonaws.com")
            .header("My-Header1", "value2")
            .header("My-Header1", "value2")
            .header("My-Header1", "value1")
            .header("X-Amz-Date", DATE)
            .build();
    assertThat(signatureOf(request, "host;my-header1;x-amz-date", ""))
        .isEqualTo("c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea");
  }

  @org.junit.jupiter.api.Test
  void the_session_token_header_is_signed_when_listed() {
    String token =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Host", "example.amazonaws.com")
            .header("X-Amz-Date", DATE)
            .header("X-Amz-Security-Token", token)
            .build();
    assertThat(signatureOf(request, "host;x-amz-date;x-amz-security-token", ""))
        .isEqualTo("85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead");
  }

  @org.junit.jupiter.api.Test
  void the_canonical_request_of_a_form_post_is_the_published_one() {
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Host", "example.amazonaws.com")
            .header("X-Amz-Date", DATE)
            .build();
    assertThat(
            CanonicalRequest.of(
                request,
                CanonicalRequest.UriStyle.NORMALISED,
                List.of("content-type", "host", "x-amz-date"),
                SigningKeys.sha256Hex("Param1=value1"),
                false))
        .isEqualTo(
            "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n"
                + "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "content-type;host;x-amz-date\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
  }

  @org.junit.jupiter.api.Test
  void s3_keeps_the_path_as_sent_while_other_services_encode_it_twice() {
    assertThat(CanonicalRequest.canonicalUri("/b/a%20b/../c", CanonicalRequest.UriStyle.S3))
        .isEqualTo("/b/a%20b/../c");
    assertThat(
            CanonicalRequest.canonicalUri(
                "/b/a%20b/../c", CanonicalRequest.UriStyle.DOUBLE_ENCODED))
        .isEqualTo("/b/c");
    assertThat(CanonicalRequest.canonicalUri("/a%20b", CanonicalRequest.UriStyle.DOUBLE_ENCODED))
        .isEqualTo("/a%2520b");
    assertThat(CanonicalRequest.canonicalUri("/k~e!y", CanonicalRequest.UriStyle.S3))
        .isEqualTo("/k~e%21y");
  }

  private static String signatureOf(MotoRequest request, String signedHeaders, String body) {
    String canonical =
        CanonicalRequest.of(
            request,
            CanonicalRequest.UriStyle.NORMALISED,
            List.of(signedHeaders.split(";")),
            SigningKeys.sha256Hex(body.getBytes(StandardCharsets.UTF_8)),
            false);
    String stringToSign = SigV4Verification.stringToSign(DATE, SCOPE, canonical);
    byte[] key = SigningKeys.derive(SECRET, "20150830", "us-east-1", "service");
    return SigningKeys.hex(SigningKeys.hmacSha256(key, stringToSign));
  }
}
