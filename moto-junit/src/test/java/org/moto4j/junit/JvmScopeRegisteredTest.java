package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JvmScopeRegisteredTest {

  @RegisterExtension
  static final MotoExtension moto =
      MotoExtension.builder().scope(ServerScope.JVM).isolation(Isolation.ACCOUNT_PER_TEST).build();

  @Test
  void uses_the_run_wide_server_too(MotoRuntime runtime) {
    JvmScopedServers.assertSharedPort(runtime);
    assertThat(moto.runtime().port()).isEqualTo(runtime.port());
    assertThat(runtime.accountId()).isNotEqualTo(moto.runtime().accountId());
  }
}
