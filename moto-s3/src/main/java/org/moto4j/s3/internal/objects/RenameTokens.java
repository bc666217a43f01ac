package org.moto4j.s3.internal.objects;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.s3.S3Errors;

/**
 * The client tokens of RenameObject requests that succeeded ({@code x-amz-client-token}), per
 * account, with what each request asked: a retry with the same token and parameters succeeds again
 * without doing anything, one with other parameters is {@code IdempotencyParameterMismatch}. The
 * most recent {@value #CAPACITY} tokens are kept, the oldest forgotten first; reset with everything
 * else.
 */
@Singleton
public final class RenameTokens implements ResetListener {

  /** How many tokens are remembered. */
  static final int CAPACITY = 10_000;

  private record Token(AccountId account, String token) {}

  // Renames are not the hot path: one lock keeps insertion order and the bound simple.
  private final Map<Token, String> completed =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Token, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Whether a rename with this token already succeeded with these parameters.
   *
   * @param parameters what the request asks, in a form equal for equal requests
   * @throws org.moto4j.core.protocol.AwsException {@code IdempotencyParameterMismatch} when it
   *     succeeded with other parameters
   */
  public synchronized boolean completed(AccountId account, String token, String parameters) {
    String previous = completed.get(new Token(account, token));
    if (previous == null) {
      return false;
    }
    if (!previous.equals(parameters)) {
      throw S3Errors.IDEMPOTENCY_PARAMETER_MISMATCH.exception();
    }
    return true;
  }

  /** Records a rename that succeeded. */
  public synchronized void record(AccountId account, String token, String parameters) {
    completed.put(new Token(account, token), parameters);
  }

  @Override
  public synchronized void resetAll() {
    completed.clear();
  }

  @Override
  public synchronized void reset(AccountId account) {
    completed.keySet().removeIf(token -> token.account().equals(account));
  }
}
