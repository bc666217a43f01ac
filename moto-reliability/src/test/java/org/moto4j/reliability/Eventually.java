package org.moto4j.reliability;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits, bounded, for something the server does after the client has gone (a broken upload's file
 * deleted): checks until it holds or the time is up, then fails with the last check's error.
 */
final class Eventually {

  private Eventually() {}

  static void within(Duration timeout, Runnable check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
