package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * The server applies S3's naming rules: what they forbid is refused, what they allow is created.
 */
class BucketNamePropertiesTest {

  private static MotoServer server;
  private static S3Client s3;

  @BeforeContainer
  static void start() {
    server = S3TestServer.start();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
  }

  @AfterContainer
  static void stop() {
    s3.close();
    server.close();
  }

  @BeforeTry
  void reset() {
    server.moto().reset();
  }

  /** Raw HTTP, since the SDK refuses most invalid names before sending them. */
  @Property(tries = 200)
  void an_invalid_name_is_always_refused_and_creates_nothing(@ForAll("invalid") String name) {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/" + percentEncode(name))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(name).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidBucketName</Code>")
        .contains("<Message>The specified bucket is not valid.</Message>");
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  /** Raw HTTP too: the SDK also refuses some names S3 accepts, such as {@code a-.b}. */
  @Property(tries = 100)
  void a_valid_name_is_always_created(@ForAll("valid") String name) {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/" + name)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(name).isEqualTo(200);
    assertThat(response.headers().firstValue("Location")).hasValue("/" + name);
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly(name);
  }

  @Provide
  Arbitrary<String> valid() {
    return BucketNameArbitraries.valid();
  }

  @Provide
  Arbitrary<String> invalid() {
    return BucketNameArbitraries.invalid();
  }

  private static String percentEncode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_') {
        out.append(c);
      } else {
        out.append(String.format("%%%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
