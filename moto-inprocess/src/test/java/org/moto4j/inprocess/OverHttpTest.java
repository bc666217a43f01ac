package org.moto4j.inprocess;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.moto4j.core.Moto;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The shared suite over real HTTP: a server on a free port, the SDK's own HTTP clients. */
class OverHttpTest extends SdkBehaviourSuite {

  private static MotoServer server;
  private static SdkHttpClient http;
  private static SdkAsyncHttpClient async;

  @BeforeAll
  static void start() {
    server = MotoServer.builder().port(0).moto(newMoto()).build().start();
    http = UrlConnectionHttpClient.create();
    async = NettyNioAsyncHttpClient.create();
  }

  @AfterAll
  static void stop() {
    http.close();
    async.close();
    server.close();
  }

  @Override
  Moto moto() {
    return server.moto();
  }

  @Override
  URI endpoint() {
    return server.endpoint();
  }

  @Override
  SdkHttpClient httpClient() {
    return http;
  }

  @Override
  SdkAsyncHttpClient asyncHttpClient() {
    return async;
  }
}
