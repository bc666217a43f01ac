package org.moto4j.s3;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.presigner.PresignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned URLs in tests: the real SDK's {@link S3Presigner} against a moto4j server, URLs sent
 * with {@link java.net.http.HttpClient}, and the error elements S3 answers with.
 */
final class Presigning {

  /** The default account's key in these tests, as in {@link S3TestServer}. */
  static final String DEFAULT_KEY = "AKIAIOSFODNN7EXAMPLE";

  private static final HttpClient DIRECT = HttpClient.newHttpClient();

  private Presigning() {}

  /**
   * Registers a long-term key of {@code account} in the server's credential registry, as IAM would
   * issue it, and returns its id.
   */
  static String issueKey(MotoServer server, String account) {
    AccountId id = AccountId.of(account);
    String key = AccessKeyIds.generate(AccessKeyIds.LONG_TERM_PREFIX, id);
    server
        .moto()
        .injector()
        .getInstance(CredentialRegistry.class)
        .register(
            new IssuedCredential(
                key,
                AccessKeyIds.secret(),
                null,
                null,
                id,
                "arn:aws:iam::" + account + ":user/presigner",
                AccessKeyIds.uniqueId("AIDA"),
                IssuedCredential.Kind.IAM_USER));
    return key;
  }

  /** A presigner for {@code accessKey} (any secret: moto4j verifies no signature). */
  static S3Presigner presigner(MotoServer server, S3TestServer.Style style, String accessKey) {
    return S3Presigner.builder()
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
        .endpointOverride(URI.create("http://localhost:" + server.port()))
        .serviceConfiguration(
            S3Configuration.builder()
                .pathStyleAccessEnabled(style == S3TestServer.Style.PATH)
                .build())
        .build();
  }

  /** Sends a presigned request as a browser or curl would: its URL, method and signed headers. */
  static HttpResponse<String> send(
      MotoServer server, PresignedRequest presigned, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(presigned.url().toString()))
            .method(presigned.httpRequest().method().name(), body);
    for (Map.Entry<String, List<String>> header : presigned.signedHeaders().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("host")) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    return send(server, request.build());
  }

  /**
   * Sends a request with {@link HttpClient}. A virtual-host URL ({@code bucket.localhost}) goes to
   * the server as to a proxy, since such names do not resolve here; it still carries its own host.
   */
  static HttpResponse<String> send(MotoServer server, HttpRequest request) {
    HttpClient client =
        request.uri().getHost().equals("localhost")
            ? DIRECT
            : HttpClient.newBuilder()
                .proxy(
                    ProxySelector.of(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port())))
                .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The text of the first {@code <name>} element of an XML body, or {@code null}. */
  static String element(String xml, String name) {
    Matcher matcher =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
            .matcher(xml);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The value of a query parameter of a URL, undecoded. */
  static String queryParameter(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
