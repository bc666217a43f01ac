package org.moto4j.inprocess;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.moto4j.core.Moto;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/** The shared suite in process: no server, no socket, the same behaviour. */
class InProcessTest extends SdkBehaviourSuite {

  private static Moto moto;
  private static MotoHttpClient http;
  private static MotoAsyncHttpClient async;

  @BeforeAll
  static void start() {
    moto = newMoto();
    http = MotoHttpClient.create(moto);
    async = MotoAsyncHttpClient.create(moto);
  }

  @AfterAll
  static void stop() {
    http.close();
    async.close();
  }

  @Override
  Moto moto() {
    return moto;
  }

  @Override
  URI endpoint() {
    // Never connected to: the name only reaches moto4j as the Host header.
    return URI.create("http://moto4j-in-process");
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
