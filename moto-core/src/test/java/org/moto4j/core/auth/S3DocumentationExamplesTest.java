package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * The worked examples of the S3 API reference, verified with their published signatures: SigV4 "GET
 * Object" and "PUT Object" (sig-v4-header-based-auth), the presigned GET (sigv4-query-string-auth),
 * the chunked upload (sigv4-streaming: seed, three chunk signatures) with its trailer (as the AWS
 * CRT's chunk-signer tests publish it), and SigV2's "Object GET", "Object PUT" and query-string
 * example (RESTAuthentication).
 */
class S3DocumentationExamplesTest {

  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String SEED =
      "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
  private static final String CHUNK_1 =
      "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";
  private static final String CHUNK_2 =
      "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497";
  private static final String FINAL_CHUNK =
      "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9";
  private static final String TRAILER =
      "df5735bd9f3295cd9386572292562fefc93ba94e80a0a1ddcbd652c4e0a75e6c";

  private final CredentialRegistry registry = new CredentialRegistry();

  S3DocumentationExamplesTest() {
    registry.register(
        new IssuedCredential(
            KEY,
            SECRET,
            null,
            null,
            AccountId.of("111111111111"),
            "arn:aws:iam::111111111111:user/example",
            "AIDAEXAMPLE",
            IssuedCredential.Kind.IAM_USER));
  }

  @Test
  void sigv4_get_object() {
    MotoRequest request =
        MotoRequest.builder("GET", "/test.txt")
            .header("Host", "examplebucket.s3.amazonaws.com")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                    + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                    + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
            .header("x-amz-date", "20130524T000000Z")
            .header("Range", "bytes=0-9")
            .header(
                "x-amz-content-sha256",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            .build();
    assertThat(verifyAt("2013-05-24T00:05:00Z", request).accessKeyId()).isEqualTo(KEY);
  }

  @Test
  void sigv4_put_object_with_a_dollar_in_the_key() {
    MotoRequest request =
        MotoRequest.builder("PUT", "/test$file.text")
            .header("Host", "examplebucket.s3.amazonaws.com")
            .header("Date", "Fri, 24 May 2013 00:00:00 GMT")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                    + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                    + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")
            .header("x-amz-date", "20130524T000000Z")
            .header("x-amz-storage-class", "REDUCED_REDUNDANCY")
            .header(
                "x-amz-content-sha256",
                "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
            .body("Welcome to Amazon S3.")
            .build();
    assertThat(verifyAt("2013-05-24T00:00:00Z", request).accessKeyId()).isEqualTo(KEY);
  }

  @Test
  void sigv4_presigned_get_object() {
    MotoRequest request =
        MotoRequest.builder("GET", "/test.txt")
            .rawQuery(
                "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                    + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                    + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
            .header("Host", "examplebucket.s3.amazonaws.com")
            .build();
    assertThat(verifyAt("2013-05-24T12:00:00Z", request).accessKeyId()).isEqualTo(KEY);
    assertThat(refusalAt("2013-05-25T00:00:01Z", request).getMessage())
        .isEqualTo("Request has expired");
  }

  @Test
  void sigv4_chunked_upload_chains_each_chunk_from_the_seed_and_the_trailer_from_the_last() {
    MotoRequest request = chunkedUpload("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
    verifyAt("2013-05-24T00:00:00Z", request);
    ChunkSignatureChain chain = request.attachment(ChunkSignatureChain.class).orElseThrow();
    chain.verifyChunk(CHUNK_1, digestOf(65536));
    chain.verifyChunk(CHUNK_2, digestOf(1024));
    chain.verifyChunk(FINAL_CHUNK, digestOf(0));
    Map<String, String> trailers = new LinkedHashMap<>();
    trailers.put("first", "1st");
    trailers.put("second", "2nd");
    trailers.put("third", "3rd");
    trailers.put("x-amz-trailer-signature", TRAILER);
    chain.verifyTrailer(trailers);
  }

  @Test
  void a_chunk_whose_data_changed_breaks_the_chain() {
    MotoRequest request = chunkedUpload("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
    verifyAt("2013-05-24T00:00:00Z", request);
    ChunkSignatureChain chain = request.attachment(ChunkSignatureChain.class).orElseThrow();
    chain.verifyChunk(CHUNK_1, digestOf(65536));
    MessageDigest tampered = digestOf(1023);
    tampered.update((byte) 'b');
    assertThatThrownBy(() -> chain.verifyChunk(CHUNK_2, tampered))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
              assertThat(e.details().get("StringToSign"))
                  .startsWith("AWS4-HMAC-SHA256-PAYLOAD\n20130524T000000Z\n");
            });
  }

  @Test
  void an_unsigned_streaming_body_gets_no_chain() {
    MotoRequest request = chunkedUpload("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    assertThat(refusalAt("2013-05-24T00:00:00Z", request).code())
        .as("the published seed signs the signed-streaming marker")
        .isEqualTo("SignatureDoesNotMatch");
    assertThat(request.attachment(ChunkSignatureChain.class)).isEmpty();
  }

  @Test
  void sigv2_object_get_and_put() {
    MotoRequest get =
        MotoRequest.builder("GET", "/photos/puppy.jpg")
            .header("Host", "johnsmith.s3.amazonaws.com")
            .header("Date", "Tue, 27 Mar 2007 19:36:42 +0000")
            .header("Authorization", "AWS AKIAIOSFODNN7EXAMPLE:bWq2s1WEIj+Ydj0vQ697zp+IXMU=")
            .build();
    assertThat(verifyAt("2007-03-27T19:36:42Z", get).accessKeyId()).isEqualTo(KEY);
    MotoRequest put =
        MotoRequest.builder("PUT", "/photos/puppy.jpg")
            .header("Content-Type", "image/jpeg")
            .header("Content-Length", "94328")
            .header("Host", "johnsmith.s3.amazonaws.com")
            .header("Date", "Tue, 27 Mar 2007 21:15:45 +0000")
            .header("Authorization", "AWS AKIAIOSFODNN7EXAMPLE:MyyxeRY7whkBe+bq8fHCL/2kKUg=")
            .build();
    assertThat(verifyAt("2007-03-27T21:15:45Z", put).accessKeyId()).isEqualTo(KEY);
    AwsException skewed = refusalAt("2007-03-27T22:15:45Z", put);
    assertThat(skewed.code()).isEqualTo("RequestTimeTooSkewed");
    assertThat(skewed.details()).containsEntry("RequestTime", "Tue, 27 Mar 2007 21:15:45 +0000");
  }

  @Test
  void sigv2_wrong_signature_shows_the_string_to_sign() {
    MotoRequest get =
        MotoRequest.builder("GET", "/photos/puppy.jpg")
            .header("Host", "johnsmith.s3.amazonaws.com")
            .header("Date", "Tue, 27 Mar 2007 19:36:42 +0000")
            .header("Authorization", "AWS AKIAIOSFODNN7EXAMPLE:AAAAs1WEIj+Ydj0vQ697zp+IXMU=")
            .build();
    AwsException e = refusalAt("2007-03-27T19:36:42Z", get);
    assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.details())
        .containsEntry(
            "StringToSign", "GET\n\n\nTue, 27 Mar 2007 19:36:42 +0000\n/johnsmith/photos/puppy.jpg")
        .containsEntry("SignatureProvided", "AAAAs1WEIj+Ydj0vQ697zp+IXMU=");
  }

  @Test
  void sigv2_query_string_authentication() {
    MotoRequest request =
        MotoRequest.builder("GET", "/photos/puppy.jpg")
            .rawQuery(
                "AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D"
                    + "&Expires=1175139620")
            .header("Host", "johnsmith.s3.amazonaws.com")
            .build();
    assertThat(verifyAt("2007-03-29T00:00:00Z", request).accessKeyId()).isEqualTo(KEY);
    AwsException expired = refusalAt("2007-03-29T03:40:21Z", request);
    assertThat(expired.code()).isEqualTo("AccessDenied");
    assertThat(expired.getMessage()).isEqualTo("Request has expired");
  }

  private static MotoRequest chunkedUpload(String contentSha256) {
    return MotoRequest.builder("PUT", "/examplebucket/chunkObject.txt")
        .header("Host", "s3.amazonaws.com")
        .header("x-amz-date", "20130524T000000Z")
        .header("x-amz-storage-class", "REDUCED_REDUNDANCY")
        .header(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;"
                + "x-amz-decoded-content-length;x-amz-storage-class,Signature="
                + SEED)
        .header("x-amz-content-sha256", contentSha256)
        .header("Content-Encoding", "aws-chunked")
        .header("x-amz-decoded-content-length", "66560")
        .header("Content-Length", "66824")
        .build();
  }

  private static MessageDigest digestOf(int length) {
    MessageDigest digest = ChunkSignatureChain.newChunkDigest();
    byte[] data = new byte[length];
    Arrays.fill(data, (byte) 'a');
    digest.update(data);
    return digest;
  }

  private IssuedCredential verifyAt(String now, MotoRequest request) {
    return verifier(now).verify(request, RequestCredentials.of(request), Protocol.REST_XML);
  }

  private AwsException refusalAt(String now, MotoRequest request) {
    try {
      verifyAt(now, request);
    } catch (AwsException e) {
      return e;
    }
    throw new AssertionError("Expected the request to be refused");
  }

  private SignatureVerifier verifier(String now) {
    return new SignatureVerifier(registry, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }
}
