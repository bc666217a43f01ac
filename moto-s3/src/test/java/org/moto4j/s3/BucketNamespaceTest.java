package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.protocol.AwsException;

class BucketNamespaceTest {

  private static final AccountId ALICE = AccountId.of("111111111111");
  private static final AccountId BOB = AccountId.of("222222222222");
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private final BucketNamespace namespace = new BucketNamespace();

  @Test
  void a_name_held_by_another_account_is_BucketAlreadyExists() {
    namespace.create(bucket("shared", ALICE, "us-east-1"), "us-east-1");
    assertThatThrownBy(() -> namespace.create(bucket("shared", BOB, "us-east-1"), "us-east-1"))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("BucketAlreadyExists");
              assertThat(e.details()).containsEntry("BucketName", "shared");
            });
    assertThat(namespace.get("shared").owner()).isEqualTo(ALICE);
    assertThat(namespace.ownedBy(BOB)).isEmpty();
  }

  @Test
  void re_creating_ones_own_us_east_1_bucket_in_us_east_1_changes_nothing() {
    Bucket first = namespace.create(bucket("mine", ALICE, "us-east-1"), "us-east-1");
    Bucket again = namespace.create(bucket("mine", ALICE, "us-east-1"), "us-east-1");
    assertThat(again).isSameAs(first);
  }

  @Test
  void re_creating_ones_own_bucket_elsewhere_is_BucketAlreadyOwnedByYou() {
    namespace.create(bucket("mine", ALICE, "eu-west-1"), "eu-west-1");
    assertThatThrownBy(() -> namespace.create(bucket("mine", ALICE, "eu-west-1"), "eu-west-1"))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("BucketAlreadyOwnedByYou"));
    namespace.create(bucket("east", ALICE, "us-east-1"), "us-east-1");
    assertThatThrownBy(() -> namespace.create(bucket("east", ALICE, "eu-west-1"), "eu-west-1"))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("BucketAlreadyOwnedByYou"));
  }

  @Test
  void resetting_an_account_frees_only_its_names() {
    namespace.create(bucket("a1", ALICE, "us-east-1"), "us-east-1");
    namespace.create(bucket("b1", BOB, "us-east-1"), "us-east-1");
    namespace.reset(ALICE);
    assertThat(namespace.find("a1")).isEmpty();
    assertThat(namespace.ownedBy(ALICE)).isEmpty();
    assertThat(namespace.find("b1")).isPresent();
    namespace.create(bucket("a1", BOB, "us-east-1"), "us-east-1");
    namespace.resetAll();
    assertThat(namespace.find("a1")).isEmpty();
    assertThat(namespace.ownedBy(BOB)).isEmpty();
  }

  @Test
  void removing_frees_the_name_for_anyone() {
    Bucket bucket = namespace.create(bucket("gone", ALICE, "us-east-1"), "us-east-1");
    assertThat(namespace.remove(bucket)).isTrue();
    assertThat(namespace.remove(bucket)).isFalse();
    namespace.create(bucket("gone", BOB, "us-east-1"), "us-east-1");
    assertThat(namespace.get("gone").owner()).isEqualTo(BOB);
  }

  @Test
  void of_many_accounts_racing_for_one_name_exactly_one_wins() throws Exception {
    int racers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      AccountId account = AccountId.of(String.format("%012d", 100 + i));
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  namespace.create(bucket("contested", account, "us-east-1"), "us-east-1");
                  return true;
                } catch (AwsException e) {
                  return false;
                }
              }));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> outcome : outcomes) {
      winners += outcome.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
    AccountId owner = namespace.get("contested").owner();
    assertThat(namespace.ownedBy(owner)).containsOnlyKeys("contested");
  }

  private static Bucket bucket(String name, AccountId owner, String region) {
    return new Bucket(name, owner, region, region.equals("us-east-1") ? null : region, NOW);
  }
}
