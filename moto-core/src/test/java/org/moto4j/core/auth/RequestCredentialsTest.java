package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.moto4j.core.http.MotoRequest;

class RequestCredentialsTest {

  @Test
  void sigv4_header_gives_key_region_and_service() {
    RequestCredentials credentials =
        RequestCredentials.of(
            withAuthorization(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/sts/aws4_request,"
                    + " SignedHeaders=host;x-amz-date, Signature=abcdef"));
    assertThat(credentials)
        .isEqualTo(new RequestCredentials("AKIDEXAMPLE", "eu-west-1", "sts", false));
  }

  @Test
  void sigv4a_header_has_no_region() {
    RequestCredentials credentials =
        RequestCredentials.of(
            withAuthorization(
                "AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20260101/s3/aws4_request,"
                    + " SignedHeaders=host, Signature=abcdef"));
    assertThat(credentials.region()).isNull();
    assertThat(credentials.service()).isEqualTo("s3");
  }

  @Test
  void presigned_sigv4_query_gives_key_region_and_service() {
    MotoRequest request =
        MotoRequest.builder("GET", "/b/k")
            .rawQuery(
                "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260101%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=abc")
            .build();
    assertThat(RequestCredentials.of(request))
        .isEqualTo(new RequestCredentials("AKIDEXAMPLE", "us-west-2", "s3", true));
  }

  @Test
  void sigv2_header_and_query_give_the_key() {
    assertThat(
            RequestCredentials.of(withAuthorization("AWS AKIDEXAMPLE:c2lnbmF0dXJl")).accessKeyId())
        .isEqualTo("AKIDEXAMPLE");
    MotoRequest presigned =
        MotoRequest.builder("GET", "/b/k")
            .rawQuery("AWSAccessKeyId=AKIDV2&Expires=1&Signature=x")
            .build();
    assertThat(RequestCredentials.of(presigned).accessKeyId()).isEqualTo("AKIDV2");
  }

  @Test
  void an_unsigned_request_is_anonymous() {
    assertThat(RequestCredentials.of(MotoRequest.builder("GET", "/").build()))
        .isEqualTo(RequestCredentials.ANONYMOUS);
  }

  @Test
  void malformed_headers_are_refused() {
    for (String bad :
        new String[] {
          "AWS4-HMAC-SHA256 garbage",
          "AWS4-HMAC-SHA256 Credential=AKID/2026/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=x",
          "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/wrong, SignedHeaders=host, Signature=x",
          "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request",
          "AWS nocolon",
          "Bearer token"
        }) {
      assertThatThrownBy(() -> RequestCredentials.of(withAuthorization(bad)))
          .as(bad)
          .isInstanceOf(RequestCredentials.MalformedException.class);
    }
  }

  private static MotoRequest withAuthorization(String value) {
    return MotoRequest.builder("POST", "/").header("Authorization", value).build();
  }
}
