package org.moto4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;

/** A plain web application with its own servlet, and moto4j mounted beside it by filter. */
class MotoFilterTest {

  private static Server jetty;
  private static int port;
  private static final HttpClient http = HttpClient.newHttpClient();

  static final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain");
      response.getWriter().print("app " + request.getRequestURI());
    }
  }

  @BeforeAll
  static void start() throws Exception {
    Moto moto =
        Moto.builder()
            .config(new MotoConfig(Map.of()))
            .services(List.of(new EchoService()))
            .build();
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/shop");
    context.addServlet(new ServletHolder(new AppServlet()), "/*");
    context.addFilter(
        new FilterHolder(new MotoFilter(moto, "/aws")), "/*", EnumSet.of(DispatcherType.REQUEST));

    // A second application with moto4j at its root, its prefix given by init-parameter: only
    // requests that look like AWS are taken.
    ServletContextHandler plain = new ServletContextHandler();
    plain.setContextPath("/plain");
    plain.addServlet(new ServletHolder(new AppServlet()), "/*");
    // (The Moto is given, so the real services on the test classpath stay out of it.)
    FilterHolder rootFilter = new FilterHolder(new MotoFilter(moto, null));
    rootFilter.setInitParameter("prefix", "/");
    plain.addFilter(rootFilter, "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(new ContextHandlerCollection(context, plain));
    jetty.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @Test
  void requests_under_the_prefix_are_aws_with_the_prefix_stripped() throws Exception {
    HttpResponse<String> response = get("/shop/aws/bucket/key?list-type=2");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("GET /bucket/key?list-type=2 123456789012");
    assertThat(get("/shop/aws").body()).startsWith("GET / ");
  }

  @Test
  void signed_requests_at_the_context_root_are_aws_even_with_a_prefix() throws Exception {
    // The AWS SDK for Java v2 drops the endpoint's path for STS and IAM (aws-sdk-java-v2#3387).
    HttpResponse<String> signed =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/shop/"))
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/s3/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signed.body()).startsWith("GET / 111111111111");
    assertThat(get("/shop/").body()).isEqualTo("app /shop/");
  }

  @Test
  void other_requests_reach_the_application() throws Exception {
    assertThat(get("/shop/catalogue").body()).isEqualTo("app /shop/catalogue");
    assertThat(get("/shop/awsome").body()).isEqualTo("app /shop/awsome");
  }

  @Test
  void the_control_plane_is_under_the_prefix_too() throws Exception {
    HttpResponse<String> reset =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/shop/aws/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(reset.statusCode()).isEqualTo(200);
  }

  @Test
  void without_a_prefix_signed_and_account_requests_are_aws_and_the_rest_passes_on()
      throws Exception {
    assertThat(get("/plain/bucket").body()).isEqualTo("app /plain/bucket");
    HttpResponse<String> signed =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/plain/bucket"))
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/s3/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signed.body()).startsWith("GET /bucket 111111111111");
    HttpResponse<String> withAccount =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/plain/bucket"))
                .header("x-moto-account-id", "222222222222")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withAccount.body()).startsWith("GET /bucket 222222222222");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String base() {
    return "http://127.0.0.1:" + port;
  }
}
