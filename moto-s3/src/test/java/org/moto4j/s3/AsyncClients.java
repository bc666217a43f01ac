package org.moto4j.s3;

import java.net.URI;
import java.util.Set;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

/** Async SDK clients (Netty) for a test server, in either addressing style. */
final class AsyncClients {

  private AsyncClients() {}

  /**
   * An async client in us-east-1.
   *
   * @param tunnel the proxy virtual-host requests go through (bucket.localhost does not resolve)
   * @param account the account to act in, or {@code null} for the default one
   */
  static S3AsyncClient client(
      MotoServer server, S3TestServer.Style style, LoopbackTunnel tunnel, String account) {
    S3AsyncClientBuilder builder =
        S3AsyncClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")));
    if (style == S3TestServer.Style.PATH) {
      builder
          .endpointOverride(server.endpoint())
          .forcePathStyle(true)
          .httpClientBuilder(NettyNioAsyncHttpClient.builder());
    } else {
      builder
          .endpointOverride(URI.create("http://localhost:" + server.port()))
          .httpClientBuilder(
              NettyNioAsyncHttpClient.builder()
                  .proxyConfiguration(
                      ProxyConfiguration.builder()
                          .scheme("http")
                          .host("127.0.0.1")
                          .port(tunnel.port())
                          .nonProxyHosts(Set.of())
                          .useSystemPropertyValues(false)
                          .useEnvironmentVariableValues(false)
                          .build()));
    }
    if (account != null) {
      builder.overrideConfiguration(o -> o.putHeader("x-moto-account-id", account));
    }
    return builder.build();
  }
}
