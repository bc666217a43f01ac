package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * For any content and any satisfiable range ({@code a-b}, {@code a-}, {@code -n}), GetObject
 * answers exactly that slice with the right {@code Content-Range}, over objects in memory and in
 * temporary files alike.
 */
class RangePropertiesTest {

  private static MotoServer server;
  private static S3Client s3;

  @BeforeContainer
  static void start() {
    server = S3TestServer.start();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("ranges"));
  }

  @AfterContainer
  static void stop() {
    s3.close();
    server.close();
  }

  /** Content, and a range of it in one of the three forms. */
  record Case(byte[] content, String range, long first, long last) {}

  @Provide
  Arbitrary<Case> cases() {
    // Sizes on both sides of the 1 MiB memory threshold.
    Arbitrary<Integer> sizes =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 4096),
            Arbitraries.integers().between(1024 * 1024 - 10, 1024 * 1024 + 70_000));
    return Arbitraries.longs()
        .flatMap(
            seed ->
                sizes.flatMap(
                    size -> {
                      byte[] content = GeneratedContent.bytes(seed, size);
                      Arbitrary<Long> first = Arbitraries.longs().between(0, size - 1);
                      Arbitrary<Case> bounded =
                          first.flatMap(
                              a ->
                                  Arbitraries.longs()
                                      .between(a, size + 100L)
                                      .map(
                                          b ->
                                              new Case(
                                                  content,
                                                  "bytes=" + a + "-" + b,
                                                  a,
                                                  Math.min(b, size - 1))));
                      Arbitrary<Case> open =
                          first.map(a -> new Case(content, "bytes=" + a + "-", a, size - 1));
                      Arbitrary<Case> suffix =
                          Arbitraries.longs()
                              .between(1, size + 100L)
                              .map(
                                  n ->
                                      new Case(
                                          content, "bytes=-" + n, Math.max(0, size - n), size - 1));
                      return Arbitraries.oneOf(bounded, open, suffix);
                    }));
  }

  @Property(tries = 60)
  void a_range_answers_exactly_its_slice(@ForAll("cases") Case c) {
    s3.putObject(b -> b.bucket("ranges").key("object"), RequestBody.fromBytes(c.content()));
    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket("ranges").key("object").range(c.range()));
    byte[] expected = Arrays.copyOfRange(c.content(), (int) c.first(), (int) c.last() + 1);
    assertThat(got.asByteArray()).as(c.range()).isEqualTo(expected);
    assertThat(got.response().contentRange())
        .isEqualTo("bytes " + c.first() + "-" + c.last() + "/" + c.content().length);
    assertThat(got.response().contentLength()).isEqualTo(expected.length);
  }
}
