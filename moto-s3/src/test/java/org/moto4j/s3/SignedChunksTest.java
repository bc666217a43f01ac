package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Signed {@code aws-chunked} uploads with access control enforced: each chunk's signature chains
 * from the request's, the SDK's signed chunks are accepted, unsigned-trailer chunks (the SDK's
 * default over http) still work, and a chunk changed in flight fails the upload and stores nothing.
 */
class SignedChunksTest {

  private static final String ACCOUNT = "123456789012";
  private static final byte[] DATA = data(200_000);

  private static MotoServer server;
  private static String rootKey;
  private static String rootSecret;

  @BeforeAll
  static void startServer() throws IOException {
    server = S3TestServer.start();
    server.moto().accessControl().enforce(true);
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/moto-api/accounts/" + ACCOUNT + "/root-credentials")
                .build());
    JsonNode root = new ObjectMapper().readTree(response.body());
    rootKey = root.get("AccessKeyId").asText();
    rootSecret = root.get("SecretAccessKey").asText();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void aBucket() {
    server.moto().reset();
    try (S3Client s3 = client(true, new CopyOnWriteArrayList<>())) {
      s3.createBucket(b -> b.bucket("chunks"));
    }
  }

  @Test
  void the_sdks_signed_chunks_with_a_signed_checksum_trailer_are_verified_and_stored() {
    // Over plain http the SDK signs every chunk and the trailer by default.
    List<String> payloadHashes = new CopyOnWriteArrayList<>();
    try (S3Client s3 = client(true, payloadHashes)) {
      s3.putObject(b -> b.bucket("chunks").key("signed"), RequestBody.fromBytes(DATA));
      assertThat(s3.getObjectAsBytes(b -> b.bucket("chunks").key("signed")).asByteArray())
          .isEqualTo(DATA);
    }
    assertThat(payloadHashes).contains("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
  }

  @Test
  void an_upload_in_unsigned_chunks_with_a_checksum_trailer_still_works_when_enforced() {
    // What the SDK sends over https: the request is signed, its chunks are not.
    SignedRequest signed = signChunked("/chunks/unsigned", DATA, false);
    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256"))
        .hasValue("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    HttpResponse<String> response = send(signed.request(), read(signed.payload().orElseThrow()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (S3Client s3 = client(true, new CopyOnWriteArrayList<>())) {
      assertThat(s3.getObjectAsBytes(b -> b.bucket("chunks").key("unsigned")).asByteArray())
          .isEqualTo(DATA);
    }
  }

  @Test
  void a_chunk_changed_in_flight_is_refused_and_nothing_is_stored() {
    SignedRequest signed = signChunked("/chunks/tampered", DATA, true);
    byte[] body = read(signed.payload().orElseThrow());
    // The first chunk's data starts after its header line; flip one byte of it.
    int dataStart = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII)) + 2;
    body[dataStart + 10] ^= 1;
    HttpResponse<String> response = send(signed.request(), body);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    try (S3Client s3 = client(true, new CopyOnWriteArrayList<>())) {
      assertThatThrownBy(() -> s3.headObject(b -> b.bucket("chunks").key("tampered")))
          .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
      assertThatThrownBy(() -> s3.getObject(b -> b.bucket("chunks").key("tampered")))
          .isInstanceOf(NoSuchKeyException.class);
    }
  }

  @Test
  void the_same_chunks_untouched_are_accepted() {
    SignedRequest signed = signChunked("/chunks/untouched", DATA, true);
    HttpResponse<String> response = send(signed.request(), read(signed.payload().orElseThrow()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static S3Client client(boolean signedChunks, List<String> payloadHashes) {
    S3AuthSchemeProvider defaults = S3AuthSchemeProvider.defaultProvider();
    return S3Client.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(server.endpoint())
        .forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(rootKey, rootSecret)))
        .authSchemeProvider(
            params ->
                defaults.resolveAuthScheme(params).stream()
                    .map(
                        option ->
                            signedChunks
                                ? option
                                : option.toBuilder()
                                    .putSignerProperty(
                                        AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                                    .build())
                    .toList())
        .overrideConfiguration(
            o ->
                o.addExecutionInterceptor(
                    new ExecutionInterceptor() {
                      @Override
                      public void beforeTransmission(
                          Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        context
                            .httpRequest()
                            .firstMatchingHeader("x-amz-content-sha256")
                            .ifPresent(payloadHashes::add);
                      }
                    }))
        .build();
  }

  private static SignedRequest signChunked(String path, byte[] data, boolean signedChunks) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.PUT)
            // The SDK signs chunks whenever the transport is plain http; as https it may not.
            .uri(
                URI.create(
                    (signedChunks ? "http" : "https") + "://localhost:" + server.port() + path))
            .putHeader("Content-Length", Integer.toString(data.length))
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create(rootKey, rootSecret))
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(data))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, signedChunks)
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(
                        AwsV4HttpSigner.CHECKSUM_ALGORITHM,
                        signedChunks ? null : DefaultChecksumAlgorithm.CRC32));
  }

  private static HttpResponse<String> send(SdkHttpRequest signed, byte[] body) {
    Set<String> restricted = Set.of("host", "content-length", "expect", "connection");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + signed.encodedPath()))
            .timeout(Duration.ofSeconds(30))
            .method(signed.method().name(), HttpRequest.BodyPublishers.ofByteArray(body));
    signed
        .headers()
        .forEach(
            (name, values) -> {
              if (!restricted.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
              }
            });
    return S3TestServer.send(request.build());
  }

  private static byte[] read(ContentStreamProvider payload) {
    try (InputStream in = payload.newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] data(int length) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) ('a' + i % 26);
    }
    return data;
  }
}
