package org.moto4j.sts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** Servers, SDK clients and raw HTTP for the STS tests. */
final class StsTestServers {

  static final AwsBasicCredentials STATIC =
      AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private StsTestServers() {}

  /** A server on a free port that ignores the real environment. */
  static MotoServer start() {
    return start(Clock.systemUTC());
  }

  /** A server on a free port whose expirations are read from {@code clock}. */
  static MotoServer start(Clock clock) {
    Moto moto = Moto.builder().config(new MotoConfig(Map.of())).clock(clock).build();
    return MotoServer.builder().port(0).moto(moto).build().start();
  }

  /** An SDK client signing with the static test credentials. */
  static StsClient client(MotoServer server) {
    return client(server, STATIC);
  }

  /** An SDK client signing with {@code credentials}. */
  static StsClient client(MotoServer server, AwsCredentials credentials) {
    return StsClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.US_EAST_1)
        .endpointOverride(server.endpoint())
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .build();
  }

  /** A form POST of {@code form} (Version added unless given) with extra headers. */
  static Reply post(MotoServer server, Map<String, String> form, String... headers) {
    Map<String, String> body = new LinkedHashMap<>(form);
    body.putIfAbsent("Version", "2011-06-15");
    return postRaw(server, encode(body), headers);
  }

  /** A form POST of exactly {@code body}. */
  static Reply postRaw(MotoServer server, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** An HTTP answer, with the elements of a query-protocol body at hand. */
  record Reply(int status, String body) {

    /** The text of the first {@code <name>} element, unescaped, or {@code null}. */
    String element(String name) {
      Matcher m =
          Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(body);
      if (!m.find()) {
        return null;
      }
      return m.group(1)
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&amp;", "&");
    }

    String code() {
      return element("Code");
    }

    String message() {
      return element("Message");
    }
  }
}
