package org.moto4j.it;

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
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.servlet.MotoFilter;

/**
 * The seed scenarios through a {@link MotoFilter} mounted under {@code /aws} in a plain Jetty
 * application that serves its own servlet beside it. The SDK's STS and IAM clients drop the
 * endpoint's path (aws-sdk-java-v2#3387) and post to the application's root, where the filter takes
 * them because they are signed.
 */
class SeedScenariosThroughFilterTest extends SeedScenarios {

  private Server jetty;
  private int port;

  static final class ShopServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain");
      response.getWriter().print("shop");
    }
  }

  @Override
  URI serve(Moto moto) throws Exception {
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new ShopServlet()), "/*");
    context.addFilter(
        new FilterHolder(new MotoFilter(moto, "/aws")), "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);
    jetty.start();
    port = connector.getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/aws");
  }

  @Override
  void stopServing() throws Exception {
    jetty.stop();
  }

  @Test
  void the_application_keeps_serving_its_own_pages_beside_moto4j() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/catalogue"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).isEqualTo("shop");
  }
}
