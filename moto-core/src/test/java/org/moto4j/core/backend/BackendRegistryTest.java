package org.moto4j.core.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;

class BackendRegistryTest {

  static final class Backend implements AutoCloseable {
    final BackendRegistry.Key key;
    boolean closed;

    Backend(BackendRegistry.Key key) {
      this.key = key;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final BackendRegistry registry = new BackendRegistry();
  private final AtomicInteger created = new AtomicInteger();
  private final BackendRegistry.Backends<Backend> backends =
      registry.register(
          "svc",
          Backend.class,
          key -> {
            created.incrementAndGet();
            return new Backend(key);
          });

  @Test
  void one_backend_per_account_and_scope_created_once_under_contention() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    Set<Backend> seen = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      futures.add(
          pool.submit(
              () -> {
                for (int a = 0; a < 100; a++) {
                  seen.add(backends.get(account(a), "aws"));
                }
              }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(seen).hasSize(100);
    assertThat(created).hasValue(100);
  }

  @Test
  void resetting_an_account_closes_and_forgets_only_its_backends() {
    Backend mine = backends.get(account(1), "aws");
    Backend other = backends.get(account(2), "aws");
    registry.reset(account(1));
    assertThat(mine.closed).isTrue();
    assertThat(other.closed).isFalse();
    assertThat(backends.get(account(1), "aws")).isNotSameAs(mine);
    assertThat(backends.get(account(2), "aws")).isSameAs(other);
  }

  @Test
  void resetting_everything_closes_every_backend() {
    Backend one = backends.get(account(1), "aws");
    Backend two = backends.get(account(2), "eu-west-1");
    registry.resetAll();
    assertThat(one.closed).isTrue();
    assertThat(two.closed).isTrue();
    assertThat(registry.keys()).isEmpty();
  }

  private static AccountId account(int n) {
    return AccountId.of(String.format("%012d", n));
  }
}
