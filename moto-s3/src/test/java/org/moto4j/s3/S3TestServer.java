package org.moto4j.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** A moto4j server for S3 tests, and the clients that talk to it. */
final class S3TestServer {

  static final String ANOTHER_ACCOUNT = "111111111111";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** How a client addresses buckets. */
  enum Style {
    PATH,
    VIRTUAL_HOST
  }

  private S3TestServer() {}

  /** A server on a free port that ignores the process environment (MOTO_ACCOUNT_ID…). */
  static MotoServer start() {
    return MotoServer.builder()
        .port(0)
        .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
        .build()
        .start();
  }

  /** An SDK client in us-east-1 for the default account. */
  static S3Client client(MotoServer server, Style style) {
    return client(server, style, "us-east-1", null);
  }

  /**
   * An SDK client.
   *
   * @param account the account to act in ({@code x-moto-account-id}), or {@code null} for the
   *     default one
   */
  @SuppressWarnings("deprecation") // apache-client: its DnsResolver is the JDK-typed one
  static S3Client client(MotoServer server, Style style, String region, String account) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")));
    if (style == Style.PATH) {
      builder
          .endpointOverride(server.endpoint())
          .forcePathStyle(true)
          .httpClient(UrlConnectionHttpClient.create());
    } else {
      // bucket.localhost does not resolve here: every host name goes to the loopback server.
      builder
          .endpointOverride(URI.create("http://localhost:" + server.port()))
          .httpClient(
              ApacheHttpClient.builder()
                  .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()})
                  .build());
    }
    if (account != null) {
      builder.overrideConfiguration(o -> o.putHeader("x-moto-account-id", account));
    }
    return builder.build();
  }

  /** A plain HTTP exchange, as a client with no SDK would have it. */
  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to {@code path} on the server (path style), unsigned. */
  static HttpRequest.Builder request(MotoServer server, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(server.endpoint() + pathAndQuery));
  }

  /**
   * Sends request text byte for byte (for what {@link java.net.URI} refuses to carry, such as a
   * malformed escape, or a {@code Host} header of one's choosing) and returns the response text.
   */
  static String sendRaw(MotoServer server, String requestText) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(requestText.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
