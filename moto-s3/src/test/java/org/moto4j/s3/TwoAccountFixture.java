package org.moto4j.s3;

import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the SDK behaviour tests share: one server per test class, and before each test an empty mock
 * with a client of the default account ({@link #s3}) and one of {@link
 * S3TestServer#ANOTHER_ACCOUNT} ({@link #other}), in the subclass's addressing style. Subclasses
 * add their own {@code @BeforeEach} (it runs after this one) to create their buckets.
 */
abstract class TwoAccountFixture {

  static MotoServer server;
  S3Client s3;
  S3Client other;

  abstract S3TestServer.Style style();

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void resetAndConnect() {
    server.moto().reset();
    s3 = S3TestServer.client(server, style());
    other = S3TestServer.client(server, style(), "us-east-1", ANOTHER_ACCOUNT);
  }

  @AfterEach
  void disconnectAndClearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
    s3.close();
    other.close();
  }
}
