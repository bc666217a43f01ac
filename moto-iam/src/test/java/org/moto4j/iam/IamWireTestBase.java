package org.moto4j.iam;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * A moto4j server on a free port for one test class, spoken to with raw HTTP query requests; every
 * account is reset after each test. The wire-level counterpart of {@link IamServerTest}.
 */
abstract class IamWireTestBase {

  static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
  static final String OTHER_ACCOUNT = "111111111111";

  static MotoServer server;
  static HttpClient http;

  @BeforeAll
  static void startServer() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
            .build()
            .start();
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void resetState() {
    server.moto().reset();
  }

  /**
   * POSTs a query request in the default account: {@code Version=2010-05-08}, then the {@code
   * parameters} as name, value pairs (a {@code Version} among them replaces the default).
   */
  static HttpResponse<String> post(String... parameters) throws Exception {
    return send(request(parameters));
  }

  /** The same request as {@link #post}, acting in {@code account} through the moto header. */
  static HttpResponse<String> postInAccount(String account, String... parameters) throws Exception {
    return send(request(parameters).header("x-moto-account-id", account));
  }

  private static HttpRequest.Builder request(String... parameters) {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("Version", "2010-05-08");
    for (int i = 0; i < parameters.length; i += 2) {
      pairs.put(parameters[i], parameters[i + 1]);
    }
    String body =
        pairs.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(server.endpoint().resolve("/"))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The unescaped text of the first {@code <name>} element in {@code xml}, or null. */
  static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
    return matcher.find() ? unescape(matcher.group(1)) : null;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** The body with what changes from run to run replaced: the request id, unique ids, dates. */
  static String normalised(HttpResponse<String> response) {
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    return response
        .body()
        .replace(requestId, "REQUEST-ID")
        .replaceAll("<PolicyId>ANPA[A-Z2-7]{17}</PolicyId>", "<PolicyId>POLICY-ID</PolicyId>")
        .replaceAll("<UserId>AIDA[A-Z2-7]{17}</UserId>", "<UserId>USER-ID</UserId>")
        .replaceAll("<GroupId>AGPA[A-Z2-7]{17}</GroupId>", "<GroupId>GROUP-ID</GroupId>")
        .replaceAll(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z", "2006-02-03T16:45:09.000Z");
  }

  /** The expected XML in {@code src/test/resources/golden/name}, as AWS writes it. */
  static String golden(String name) throws IOException {
    try (InputStream in = IamWireTestBase.class.getResourceAsStream("/golden/" + name)) {
      // Golden files may be indented for reading; AWS writes no whitespace between elements.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .strip()
          .replaceAll(">\\s+<", "><")
          .replace("?><", "?>\n<");
    }
  }
}
