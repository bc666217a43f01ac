package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * 32 threads of mixed S3, STS and IAM operations over 10 accounts, a fixed number of operations
 * (see {@link Budget}); each thread keeps a model of what it acknowledged. Afterwards every
 * acknowledged PUT reads back with its checksum, every listing equals the models, no account sees
 * another's buckets or IAM users, and a reset leaves no temporary file.
 */
class StressTest {

  private static final int THREADS = 32;
  private static final int ACCOUNTS = 10;
  private static final int OPERATIONS = Budget.current().stressOperations;

  private static Servers.Started moto;
  private static Clients clients;

  @BeforeAll
  static void start() {
    moto = Servers.start();
    clients = new Clients(moto.server().endpoint(), THREADS * 2);
  }

  @AfterAll
  static void stop() {
    clients.close();
    moto.close();
  }

  /** One account's clients, acting with credentials from STS AssumeRole into that account. */
  record Account(String id, AwsCredentials credentials, S3Client s3, StsClient sts, IamClient iam) {
    String bucket() {
      return "stress-" + id;
    }
  }

  /** What one thread acknowledged in one account: its objects (key to MD5) and its users. */
  record Model(Map<String, String> objects, Set<String> users) {
    Model() {
      this(new TreeMap<>(), new TreeSet<>());
    }
  }

  @Test
  void thirty_two_threads_over_ten_accounts_lose_nothing_and_cross_nothing() throws Exception {
    List<Account> accounts = accounts();
    for (Account account : accounts) {
      account.s3().createBucket(b -> b.bucket(account.bucket()));
    }
    // models.get(thread).get(account)
    List<Map<String, Model>> models = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Map<String, Model> byAccount = new HashMap<>();
      accounts.forEach(a -> byAccount.put(a.id(), new Model()));
      models.add(byAccount);
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        work.add(
            pool.submit(
                () -> {
                  Random random = new Random(thread);
                  for (int i = thread; i < OPERATIONS; i += THREADS) {
                    Account account = accounts.get(random.nextInt(ACCOUNTS));
                    operate(account, thread, i, random, models.get(thread).get(account.id()));
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      // generous (a loaded 2-core machine serves ~20 operations a second), yet bounded
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120 + OPERATIONS / 10);
      for (Future<?> future : work) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(OPERATIONS);

    for (Account account : accounts) {
      Map<String, String> objects = new TreeMap<>();
      Set<String> users = new TreeSet<>();
      for (Map<String, Model> byAccount : models) {
        objects.putAll(byAccount.get(account.id()).objects());
        users.addAll(byAccount.get(account.id()).users());
      }
      assertThat(keys(account, "")).as("objects of %s", account.id()).isEqualTo(objects.keySet());
      for (Map.Entry<String, String> object : objects.entrySet()) {
        assertThat(md5(account, object.getKey()))
            .as("%s in %s", object.getKey(), account.id())
            .isEqualTo(object.getValue());
      }
      assertThat(userNames(account)).as("users of %s", account.id()).isEqualTo(users);
      assertThat(account.s3().listBuckets().buckets().stream().map(Bucket::name))
          .containsExactly(account.bucket());
      assertThat(account.sts().getCallerIdentity().account()).isEqualTo(account.id());
    }

    moto.server().moto().reset();
    assertThat(moto.blobs().fileCount()).isZero();
    assertThat(moto.filesOnDisk()).isZero();
  }

  /** One random operation in {@code account}, checked against and recorded in {@code model}. */
  private static void operate(Account account, int thread, int i, Random random, Model model)
      throws Exception {
    String key = "t" + thread + "/k" + random.nextInt(8);
    String user = "u-" + account.id() + "-t" + thread + "-" + random.nextInt(4);
    int dice = random.nextInt(100);
    if (dice < 30) {
      // mostly in memory, one in five spilled to a file
      byte[] body =
          FaultTest.bytes(
              random.nextInt(5) == 0 ? 5_000 + random.nextInt(60_000) : random.nextInt(3_000), i);
      account
          .s3()
          .putObject(
              b ->
                  b.bucket(account.bucket())
                      .key(key)
                      .checksumAlgorithm(
                          random.nextBoolean()
                              ? ChecksumAlgorithm.CRC32
                              : ChecksumAlgorithm.SHA256),
              RequestBody.fromBytes(body));
      model.objects().put(key, FaultTest.md5(body));
    } else if (dice < 50) {
      String expected = model.objects().get(key);
      if (expected != null) {
        assertThat(md5(account, key)).as("%s in %s", key, account.id()).isEqualTo(expected);
      }
    } else if (dice < 58) {
      account.s3().deleteObject(b -> b.bucket(account.bucket()).key(key));
      model.objects().remove(key);
    } else if (dice < 66) {
      assertThat(keys(account, "t" + thread + "/"))
          .as("listing of t%d in %s", thread, account.id())
          .isEqualTo(model.objects().keySet());
    } else if (dice < 70) {
      byte[] body = FaultTest.bytes(random.nextInt(20_000), i);
      String upload =
          account.s3().createMultipartUpload(b -> b.bucket(account.bucket()).key(key)).uploadId();
      String etag =
          account
              .s3()
              .uploadPart(
                  b -> b.bucket(account.bucket()).key(key).uploadId(upload).partNumber(1),
                  RequestBody.fromBytes(body))
              .eTag();
      account
          .s3()
          .completeMultipartUpload(
              b ->
                  b.bucket(account.bucket())
                      .key(key)
                      .uploadId(upload)
                      .multipartUpload(
                          m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
      model.objects().put(key, FaultTest.md5(body));
    } else if (dice < 78) {
      assertThat(account.sts().getCallerIdentity().account()).isEqualTo(account.id());
    } else if (dice < 82) {
      AwsCredentials fresh =
          Clients.of(
              account
                  .sts()
                  .assumeRole(
                      r ->
                          r.roleArn("arn:aws:iam::" + account.id() + ":role/stress")
                              .roleSessionName("t" + thread))
                  .credentials());
      try (StsClient sts = clients.sts(fresh)) {
        assertThat(sts.getCallerIdentity().account()).isEqualTo(account.id());
      }
    } else if (dice < 90) {
      if (model.users().add(user)) {
        account.iam().createUser(b -> b.userName(user));
      } else {
        account.iam().deleteUser(b -> b.userName(user));
        model.users().remove(user);
      }
    } else {
      Set<String> listed = userNames(account);
      assertThat(listed).allMatch(name -> name.startsWith("u-" + account.id() + "-"));
      Set<String> mine = new TreeSet<>();
      listed.stream().filter(n -> n.contains("-t" + thread + "-")).forEach(mine::add);
      assertThat(mine).isEqualTo(model.users());
    }
  }

  private static List<Account> accounts() {
    List<Account> accounts = new ArrayList<>();
    try (StsClient sts = clients.sts(Clients.BASE)) {
      for (int a = 0; a < ACCOUNTS; a++) {
        String id = String.valueOf(300_000_000_000L + a);
        AwsCredentials credentials =
            Clients.of(
                sts.assumeRole(
                        r ->
                            r.roleArn("arn:aws:iam::" + id + ":role/stress")
                                .roleSessionName("stress"))
                    .credentials());
        accounts.add(
            new Account(
                id,
                credentials,
                clients.s3(credentials),
                clients.sts(credentials),
                clients.iam(credentials)));
      }
    }
    return accounts;
  }

  private static Set<String> keys(Account account, String prefix) {
    Set<String> keys = new TreeSet<>();
    account
        .s3()
        .listObjectsV2Paginator(b -> b.bucket(account.bucket()).prefix(prefix).maxKeys(7))
        .contents()
        .stream()
        .map(S3Object::key)
        .forEach(keys::add);
    return keys;
  }

  private static Set<String> userNames(Account account) {
    Set<String> names = new TreeSet<>();
    account.iam().listUsersPaginator().users().stream().map(User::userName).forEach(names::add);
    return names;
  }

  private static String md5(Account account, String key) throws Exception {
    byte[] bytes =
        account
            .s3()
            .getObjectAsBytes(
                b -> b.bucket(account.bucket()).key(key).checksumMode(ChecksumMode.ENABLED))
            .asByteArray();
    return FaultTest.md5(bytes);
  }
}
