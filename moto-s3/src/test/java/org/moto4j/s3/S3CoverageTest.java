package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
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
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.lambda.WriteGetObjectResponse;
import org.moto4j.servlet.MotoServer;

/**
 * Renders the README's S3 coverage table: every operation of {@code aws-models/s3/service-2.json}
 * (as the route table, itself checked against the model by {@link S3RoutesTest}, binds it) is sent
 * to a server in the shape that routes to it, with placeholder values; an operation is served
 * unless it answers {@code 501 NotImplemented} naming itself. Operations that cannot be meaningful
 * locally answer AWS's error instead and are listed with the reason ({@link #REASONS}). The test
 * fails, printing the expected block, when the README's block differs, so the table never drifts
 * from the code; run it with {@code -Ds3.coverage.write=true} to rewrite the block in place.
 */
class S3CoverageTest {

  /** Why an operation answers only AWS's error in moto4j. */
  static final Map<String, String> REASONS =
      Map.of("WriteGetObjectResponse", WriteGetObjectResponse.REASON);

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

    Path readme = Path.of(System.getProperty("moto.root"), "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (Boolean.getBoolean("s3.coverage.write") && start >= 0 && end > start) {
      text = text.substring(0, start + START.length()) + expected + text.substring(end);
      Files.writeString(readme, text, StandardCharsets.UTF_8);
      end = text.indexOf(END);
    }
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
  void an_operation_is_served_exactly_when_an_operation_is_bound_to_its_route() throws Exception {
    Map<String, S3Operation> bound =
        server
            .moto()
            .injector()
            .getInstance(Key.get(new TypeLiteral<Map<String, S3Operation>>() {}));
    Map<String, S3Routes.Route> byOperation = new TreeMap<>();
    S3Routes.load().routes().stream()
        .filter(route -> !route.deprecated())
        .forEach(route -> byOperation.put(route.operation(), route));

    for (Map.Entry<String, S3Routes.Route> entry : byOperation.entrySet()) {
      assertThat(isServed(entry.getValue()))
          .as(entry.getKey())
          .isEqualTo(bound.containsKey(entry.getKey()));
    }
  }

  @Test
  void operations_with_a_reason_are_answered_not_left_unimplemented() throws Exception {
    Map<String, S3Routes.Route> byOperation = new TreeMap<>();
    S3Routes.load().routes().forEach(route -> byOperation.put(route.operation(), route));

    assertThat(byOperation).containsKeys(REASONS.keySet().toArray(String[]::new));
    for (String operation : REASONS.keySet()) {
      assertThat(isServed(byOperation.get(operation))).as(operation).isTrue();
    }
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
  static String render(Map<String, Boolean> served) {
    List<String> rows = new ArrayList<>();
    int answered = 0;
    int withReason = 0;
    for (Map.Entry<String, Boolean> entry : served.entrySet()) {
      String operation = entry.getKey();
      String status;
      if (!entry.getValue()) {
        status = "not implemented yet (`501 NotImplemented`)";
      } else if (REASONS.containsKey(operation)) {
        status = REASONS.get(operation);
        withReason++;
      } else {
        status = "served";
        answered++;
      }
      rows.add("| `" + operation + "` | " + status + " |");
    }
    StringBuilder block =
        new StringBuilder("\n")
            .append(answered)
            .append(" of ")
            .append(served.size())
            .append(" S3 operations are served; ")
            .append(withReason)
            .append(
                " answer AWS's error because they cannot be meaningful locally (reason given); ")
            .append(served.size() - answered - withReason)
            .append(
                " are not implemented yet and answer `501 NotImplemented` naming the operation.")
            .append(" Generated by `S3CoverageTest` from `aws-models/s3/service-2.json`.\n\n")
            .append("| operation | status |\n|---|---|\n");
    rows.forEach(row -> block.append(row).append('\n'));
    return block.toString();
  }
}
