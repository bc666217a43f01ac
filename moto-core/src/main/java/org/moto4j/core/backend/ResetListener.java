package org.moto4j.core.backend;

import org.moto4j.core.AccountId;

/**
 * State that {@code POST /moto-api/reset} and the per-account reset must clear. Bind
 * implementations with {@code Multibinder.newSetBinder(binder(), ResetListener.class)}.
 */
public interface ResetListener {

  /** Forgets everything. */
  void resetAll();

  /** Forgets everything that belongs to {@code account}. */
  void reset(AccountId account);
}
