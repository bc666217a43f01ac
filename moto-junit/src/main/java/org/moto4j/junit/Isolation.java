package org.moto4j.junit;

/** How the tests of a class are kept apart from each other. */
public enum Isolation {
  /** Every test starts from an empty mock: everything is reset before it (moto's way). */
  RESET_BEFORE_EACH,

  /**
   * Every test gets a fresh account of its own, and its clients act in it, so tests may run in
   * parallel against one server without seeing each other. Nothing is reset.
   */
  ACCOUNT_PER_TEST,

  /** State is kept from one test to the next. */
  NONE
}
