package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
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

/** However buckets are spread over accounts, each account lists exactly its own. */
class AccountIsolationPropertiesTest {

  private static final List<String> ACCOUNTS =
      List.of("123456789012", "111111111111", "222222222222");

  private static MotoServer server;
  private static final List<S3Client> CLIENTS = new ArrayList<>();

  @BeforeContainer
  static void start() {
    server = S3TestServer.start();
    for (int i = 0; i < ACCOUNTS.size(); i++) {
      // Alternate the addressing styles: isolation must not depend on how a bucket is addressed.
      S3TestServer.Style style =
          i % 2 == 0 ? S3TestServer.Style.PATH : S3TestServer.Style.VIRTUAL_HOST;
      CLIENTS.add(S3TestServer.client(server, style, "us-east-1", ACCOUNTS.get(i)));
    }
  }

  @AfterContainer
  static void stop() {
    CLIENTS.forEach(S3Client::close);
    CLIENTS.clear();
    server.close();
  }

  @BeforeTry
  void reset() {
    server.moto().reset();
  }

  @Property(tries = 30)
  void each_account_lists_exactly_the_buckets_it_created(
      @ForAll("owners") Map<String, Integer> ownerByBucket) {
    ownerByBucket.forEach((name, owner) -> CLIENTS.get(owner).createBucket(b -> b.bucket(name)));

    for (int account = 0; account < ACCOUNTS.size(); account++) {
      int me = account;
      List<String> expected =
          new ArrayList<>(
              new TreeSet<>(
                  ownerByBucket.entrySet().stream()
                      .filter(e -> e.getValue() == me)
                      .map(Map.Entry::getKey)
                      .toList()));
      assertThat(CLIENTS.get(account).listBuckets().buckets())
          .extracting(Bucket::name)
          .as("account %s", ACCOUNTS.get(account))
          .containsExactlyElementsOf(expected);
    }
  }

  @Provide
  Arbitrary<Map<String, Integer>> owners() {
    return Arbitraries.maps(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12),
            Arbitraries.integers().between(0, ACCOUNTS.size() - 1))
        .ofMaxSize(8)
        .map(TreeMap::new);
  }
}
