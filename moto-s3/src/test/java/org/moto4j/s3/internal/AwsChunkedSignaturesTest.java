package org.moto4j.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.auth.ChunkSignatureChain;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.auth.SignatureVerifier;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * The chunk signatures of AWS's published chunked upload (S3 API reference, "Transferring payload
 * in multiple chunks": 66,560 bytes of 'a' in chunks of 65,536, 1,024 and 0), checked as the
 * decoder reads them, once core's verifier has accepted the seed signature.
 */
class AwsChunkedSignaturesTest {

  private static final String SEED =
      "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
  private static final String[][] CHUNKS = {
    {"10000", "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648"},
    {"400", "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497"},
    {"0", "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9"}
  };

  @Test
  void the_published_chunks_decode_with_every_signature_checked() throws IOException {
    byte[] payload = new AwsChunkedInputStream(body(-1), 66560, chain()).readAllBytes();
    assertThat(payload).hasSize(66560).containsOnly((byte) 'a');
  }

  @Test
  void a_byte_changed_in_the_second_chunk_fails_with_signature_does_not_match() {
    AwsChunkedInputStream in = new AwsChunkedInputStream(body(65536 + 10), 66560, chain());
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("SignatureDoesNotMatch"));
  }

  @Test
  void a_chunk_without_its_signature_fails() {
    String unsigned = "10000\r\n" + "a".repeat(65536) + "\r\n0\r\n\r\n";
    AwsChunkedInputStream in =
        new AwsChunkedInputStream(
            new ByteArrayInputStream(unsigned.getBytes(StandardCharsets.US_ASCII)), -1, chain());
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("SignatureDoesNotMatch"));
  }

  /** The chain core's verifier attaches to the published request once its seed is verified. */
  private static ChunkSignatureChain chain() {
    Moto moto =
        Moto.builder()
            .config(new MotoConfig(Map.of()))
            .clock(Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC))
            .build();
    moto.injector()
        .getInstance(CredentialRegistry.class)
        .register(
            new IssuedCredential(
                "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                null,
                null,
                AccountId.DEFAULT,
                "arn:aws:iam::123456789012:user/example",
                "AIDAEXAMPLE",
                IssuedCredential.Kind.IAM_USER));
    MotoRequest request =
        MotoRequest.builder("PUT", "/examplebucket/chunkObject.txt")
            .header("Host", "s3.amazonaws.com")
            .header("x-amz-date", "20130524T000000Z")
            .header("x-amz-storage-class", "REDUCED_REDUNDANCY")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                    + "SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;"
                    + "x-amz-date;x-amz-decoded-content-length;x-amz-storage-class,Signature="
                    + SEED)
            .header("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
            .header("Content-Encoding", "aws-chunked")
            .header("x-amz-decoded-content-length", "66560")
            .header("Content-Length", "66824")
            .build();
    moto.injector()
        .getInstance(SignatureVerifier.class)
        .verify(request, RequestCredentials.of(request), Protocol.REST_XML);
    return request.attachment(ChunkSignatureChain.class).orElseThrow();
  }

  /** The published body; the payload byte at {@code corrupt} (if not -1) changed to 'b'. */
  private static ByteArrayInputStream body(int corrupt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int offset = 0;
    for (String[] chunk : CHUNKS) {
      int size = Integer.parseInt(chunk[0], 16);
      out.writeBytes(
          (chunk[0] + ";chunk-signature=" + chunk[1] + "\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] data = new byte[size];
      Arrays.fill(data, (byte) 'a');
      if (corrupt >= offset && corrupt < offset + size) {
        data[corrupt - offset] = 'b';
      }
      out.writeBytes(data);
      if (size > 0) {
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      offset += size;
    }
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return new ByteArrayInputStream(out.toByteArray());
  }
}
