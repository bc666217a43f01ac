package org.moto4j.iam.internal.account;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.iam.internal.IamErrors;

/**
 * The account aliases of every account: one per account, and, like bucket names, unique across all
 * accounts, so one namespace serves them all. As on AWS, an account that creates a second alias
 * swaps it for its first (which is freed), and asking for a name that is taken, even by the account
 * itself, is {@code EntityAlreadyExists}. Resetting an account frees its alias. Alias changes are
 * rare, so one monitor guards both directions of the mapping.
 */
@Singleton
public final class AccountAliases implements ResetListener {

  private final Map<String, AccountId> owners = new HashMap<>();
  private final Map<AccountId, String> aliases = new HashMap<>();

  /** The alias of {@code account}, if it has one. */
  public synchronized Optional<String> of(AccountId account) {
    return Optional.ofNullable(aliases.get(account));
  }

  /**
   * Gives {@code account} an alias, in place of the one it had.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when any account,
   *     this one included, holds the alias
   */
  public synchronized void create(AccountId account, String alias) {
    if (owners.containsKey(alias)) {
      throw IamErrors.ACCOUNT_ALIAS_TAKEN.exception(alias);
    }
    String previous = aliases.put(account, alias);
    if (previous != null) {
      owners.remove(previous);
    }
    owners.put(alias, account);
  }

  /**
   * Removes an account's alias.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} unless it is the account's
   */
  public synchronized void delete(AccountId account, String alias) {
    if (!alias.equals(aliases.get(account))) {
      throw IamErrors.NO_SUCH_ACCOUNT_ALIAS.exception(alias);
    }
    aliases.remove(account);
    owners.remove(alias);
  }

  @Override
  public synchronized void resetAll() {
    owners.clear();
    aliases.clear();
  }

  @Override
  public synchronized void reset(AccountId account) {
    String alias = aliases.remove(account);
    if (alias != null) {
      owners.remove(alias);
    }
  }
}
