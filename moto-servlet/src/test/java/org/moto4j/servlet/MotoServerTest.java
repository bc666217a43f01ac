package org.moto4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;

class MotoServerTest {

  private static MotoServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    Moto moto =
        Moto.builder()
            .config(new MotoConfig(Map.of()))
            .services(List.of(new EchoService()))
            .build();
    server = MotoServer.builder().port(0).moto(moto).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void port_zero_binds_a_free_port_that_can_be_read_back() {
    assertThat(server.port()).isPositive();
    assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
    assertThat(server.isRunning()).isTrue();
  }

  @Test
  void paths_reach_the_dispatcher_exactly_as_sent() throws Exception {
    for (String path :
        List.of(
            "/bucket/a//b",
            "/bucket/../x",
            "/bucket/%2F%2Fk",
            "/bucket/sp%20ace+plus",
            "/bucket/caf%C3%A9/",
            "/bucket/a/./b",
            "/bucket/%25")) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
      assertThat(response.body()).as(path).startsWith("GET " + path + " ");
    }
  }

  @Test
  void query_headers_and_body_pass_through_both_ways() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/b/k?uploads&x=%2F"))
                .header("x-moto-account-id", "111111111111")
                .PUT(HttpRequest.BodyPublishers.ofString("payload")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("PUT /b/k?uploads&x=%2F 111111111111 payload");
    assertThat(response.headers().firstValue("x-echo-length"))
        .contains(String.valueOf(response.body().length()));
    assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void head_answers_headers_without_a_body() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/b/k"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    HttpResponse<String> missing =
        send(
            HttpRequest.newBuilder(uri("/b/missing"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
  }

  @Test
  void the_control_plane_is_served() throws Exception {
    HttpResponse<String> reset =
        send(
            HttpRequest.newBuilder(uri("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(reset.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(send(HttpRequest.newBuilder(uri("/moto-api/reset")).GET()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void a_taken_port_is_a_clear_error() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      MotoServer clash =
          MotoServer.builder().port(taken.getLocalPort()).moto(server.moto()).build();
      assertThatThrownBy(clash::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("could not start on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void a_port_outside_the_range_is_refused_at_build_time() {
    assertThatThrownBy(() -> MotoServer.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static URI uri(String path) {
    return URI.create(server.endpoint() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
