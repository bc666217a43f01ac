package org.moto4j.junit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@MotoTest(scope = ServerScope.JVM, isolation = Isolation.ACCOUNT_PER_TEST)
class JvmScopeAnnotatedTest {

  @Test
  void uses_the_run_wide_server(MotoRuntime moto) {
    JvmScopedServers.assertSharedPort(moto);
  }

  @Nested
  class NestedTest {
    @Test
    void a_nested_class_shares_its_outer_class_server(MotoRuntime moto) {
      JvmScopedServers.assertSharedPort(moto);
    }
  }
}
