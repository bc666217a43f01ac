package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/** Two classes asking for a JVM-wide server get the same one, whichever runs first. */
final class JvmScopedServers {

  private static final AtomicInteger firstPort = new AtomicInteger();

  private JvmScopedServers() {}

  static void assertSharedPort(MotoRuntime moto) {
    firstPort.compareAndSet(0, moto.port());
    assertThat(moto.port()).isEqualTo(firstPort.get()).isPositive();
  }
}
