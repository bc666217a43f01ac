package org.moto4j.reliability;

/**
 * How much the suites do: bounded (seconds, inside {@code mvn -B verify}) or stress (minutes,
 * {@code -Pstress}). Surefire passes the mode as {@code moto.reliability.mode}; the jqwik
 * properties' case counts come from {@code jqwik.tries.default}, set by the same profile.
 */
enum Budget {
  BOUNDED(3_200, 3),
  STRESS(32_000, 20);

  /** Operations the 32-thread stress test runs in total. */
  final int stressOperations;

  /** Repetitions of each fault scenario. */
  final int faultRounds;

  Budget(int stressOperations, int faultRounds) {
    this.stressOperations = stressOperations;
    this.faultRounds = faultRounds;
  }

  /** The budget this run was started with. */
  static Budget current() {
    return "stress".equals(System.getProperty("moto.reliability.mode")) ? STRESS : BOUNDED;
  }
}
