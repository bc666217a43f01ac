package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * Renders the README's S3 coverage table: every operation of {@code aws-models/s3/service-2.json}
 * (as the route table, itself checked against the model by {@link S3RoutesTest}, binds it) is sent
 * to a server in the shape that routes to it, with placeholder values; an operation is served
 * unless it answers {@code 501 NotImplemented} naming itself. The test fails, printing the expected
 * block, when the README's block differs, so the table never drifts from the code.
 */
class S3CoverageTest {

  private static final String START = "<!-- s3-coverage:start -->";
  private static final String END = "<!-- s3-coverage:end -->";
  private static final String BUCKET = "coverage-bucket";

  private static MotoServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    server = S3TestServer.start();
    http = HttpClient.newHttpClient();
    send("PUT", "/" + BUCKET, "", Map.of(), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_readme_table_is_what_the_server_answers() throws Exception {
    Map<String, Boolean> served = new TreeMap<>();
    for (S3Routes.Route route : S3Routes.load().routes()) {
      served.merge(route.operation(), isServed(route), Boolean::logicalOr);
    }
    String expected = render(served);

    String text =
        Files.readString(
            Path.of(System.getProperty("moto.root"), "README.md"), StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String actual =
        start >= 0 && end > start
            ? text.substring(start + START.length(), end)
            : "README.md has no " + START + " … " + END + " block";
    assertThat(actual)
        .withFailMessage(
            "README.md's block between %s and %s must be exactly:%n%s%s%s",
            START, END, START, expected, END)
        .isEqualTo(expected);
  }

  @Test
  void an_operation_moto4j_does_not_implement_is_told_apart_from_a_served_one() throws Exception {
    Map<String, S3Routes.Route> byOperation = new TreeMap<>();
    S3Routes.load().routes().forEach(route -> byOperation.put(route.operation(), route));

    assertThat(isServed(byOperation.get("PutObject"))).isTrue();
    assertThat(isServed(byOperation.get("PutBucketTagging"))).isTrue();
    assertThat(isServed(byOperation.get("PutBucketVersioning"))).isFalse();
  }

  /** Sends the request the route takes; served unless it answers 501 naming the operation. */
  private static boolean isServed(S3Routes.Route route) throws Exception {
    String path =
        switch (route.target()) {
          case "root" -> "/";
          case "bucket" -> "/" + BUCKET;
          case "object" -> "/" + BUCKET + "/coverage-key";
          default -> route.target();
        };
    List<String> query = new ArrayList<>();
    route.subResources().forEach(key -> query.add(key.toString()));
    route.query().forEach(name -> query.add(name + "=" + placeholder(name)));
    Map<String, String> headers = new TreeMap<>();
    route.headers().forEach(name -> headers.put(name, placeholder(name)));
    HttpResponse<String> response =
        send(route.method(), path, String.join("&", query), headers, route.signedAs());
    if (response.statusCode() != 501) {
      return true;
    }
    // HEAD answers carry no body; a 501 to one is the route's own NotImplemented
    return !route.method().equals("HEAD")
        && !response.body().contains("The " + route.operation() + " operation is not implemented");
  }

  private static String placeholder(String member) {
    return switch (member) {
      case "partNumber" -> "1";
      case "x-amz-copy-source" -> "/" + BUCKET + "/coverage-key";
      case "x-amz-copy-source-range" -> "bytes=0-0";
      default -> URLEncoder.encode("coverage", StandardCharsets.UTF_8);
    };
  }

  private static HttpResponse<String> send(
      String method, String path, String query, Map<String, String> headers, String signedAs)
      throws Exception {
    String service = signedAs == null ? "s3" : signedAs;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(server.endpoint() + path + (query.isEmpty() ? "" : "?" + query)))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/us-east-1/"
                    + service
                    + "/aws4_request, SignedHeaders=host, Signature=0");
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The block between the markers: a summary line and one row per operation. */
  private static String render(Map<String, Boolean> served) {
    long count = served.values().stream().filter(Boolean::booleanValue).count();
    StringBuilder block =
        new StringBuilder("\n")
            .append(count)
            .append(" of ")
            .append(served.size())
            .append(" S3 operations are served; the others answer `501 NotImplemented` naming the")
            .append(" operation. Generated by `S3CoverageTest` from")
            .append(" `aws-models/s3/service-2.json`.\n\n")
            .append("| operation | status |\n|---|---|\n");
    served.forEach(
        (operation, isServed) ->
            block
                .append("| `")
                .append(operation)
                .append("` | ")
                .append(isServed ? "served" : "not implemented yet (`501 NotImplemented`)")
                .append(" |\n"));
    return block.toString();
  }
}
