package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/** Many threads, many accounts: nothing lost, nothing crosses an account. */
class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ACCOUNTS = 1_000;

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = Servers.started();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sixteen_threads_assuming_roles_into_a_thousand_accounts_lose_nothing_and_cross_nothing()
      throws Exception {
    Map<String, AwsCredentials> credentialsByAccount = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      work.add(
          pool.submit(
              () -> {
                try (StsClient sts = Clients.sts(server.endpoint(), Clients.BASE);
                    S3Client s3 = Clients.s3(server.endpoint(), Clients.BASE)) {
                  for (int i = thread; i < ACCOUNTS; i += THREADS) {
                    String account = account(i);
                    AwsCredentials credentials =
                        Clients.of(
                            sts.assumeRole(
                                    r ->
                                        r.roleArn("arn:aws:iam::" + account + ":role/worker")
                                            .roleSessionName("t" + thread))
                                .credentials());
                    credentialsByAccount.put(account, credentials);
                    for (String suffix : List.of("a", "b")) {
                      s3.createBucket(
                          b ->
                              b.bucket("bucket-" + account + "-" + suffix)
                                  .overrideConfiguration(as(credentials)));
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : work) {
      future.get(5, TimeUnit.MINUTES);
    }

    List<Future<?>> checks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      checks.add(
          pool.submit(
              () -> {
                try (S3Client s3 = Clients.s3(server.endpoint(), Clients.BASE)) {
                  for (int i = thread; i < ACCOUNTS; i += THREADS) {
                    String account = account(i);
                    List<String> names =
                        s3
                            .listBuckets(
                                b -> b.overrideConfiguration(as(credentialsByAccount.get(account))))
                            .buckets()
                            .stream()
                            .map(Bucket::name)
                            .toList();
                    assertThat(names)
                        .as("account %s", account)
                        .containsExactly("bucket-" + account + "-a", "bucket-" + account + "-b");
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : checks) {
      future.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertThat(credentialsByAccount).hasSize(ACCOUNTS);
    try (S3Client s3 = Clients.s3(server.endpoint(), Clients.BASE)) {
      assertThat(s3.listBuckets().buckets()).isEmpty();
    }
  }

  private static String account(int i) {
    return String.format("%012d", 200_000_000_000L + i);
  }

  private static java.util.function.Consumer<
          software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration.Builder>
      as(AwsCredentials credentials) {
    return o -> o.credentialsProvider(StaticCredentialsProvider.create(credentials));
  }
}
