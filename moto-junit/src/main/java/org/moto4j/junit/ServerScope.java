package org.moto4j.junit;

/** How long an extension's server lives. */
public enum ServerScope {
  /** One server per test class, stopped after its last test. */
  CLASS,

  /**
   * One server for the whole test run, shared by every class that asks for it and stopped when the
   * run ends: start-up is paid once. Combine with {@link Isolation#ACCOUNT_PER_TEST} or {@link
   * Isolation#RESET_BEFORE_EACH} so classes do not see each other's state.
   */
  JVM
}
