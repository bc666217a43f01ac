package org.moto4j.junit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The account a thread has switched to with {@link MotoRuntime#inAccount}: the clients moto4j hands
 * out send it as {@code x-moto-account-id} while it is set. Per thread, so tests running in
 * parallel switch independently; nested switches restore the outer one.
 */
final class AccountSwitch {

  private static final ThreadLocal<Deque<String>> ACCOUNTS =
      ThreadLocal.withInitial(ArrayDeque::new);

  private AccountSwitch() {}

  /** The account the current thread switched to, or {@code null}. */
  static String current() {
    return ACCOUNTS.get().peek();
  }

  static void push(String account) {
    ACCOUNTS.get().push(account);
  }

  static void pop() {
    Deque<String> accounts = ACCOUNTS.get();
    accounts.pop();
    if (accounts.isEmpty()) {
      ACCOUNTS.remove();
    }
  }
}
