package org.moto4j.core;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MotoRequest;

/**
 * Decides which account a request acts in, first match wins:
 *
 * <ol>
 *   <li>the configured account ({@code moto.account.id}, else {@code MOTO_ACCOUNT_ID}), read on
 *       every request;
 *   <li>the {@code x-moto-account-id} header;
 *   <li>the account of the credential moto4j issued for the request's access key, or a key that is
 *       exactly twelve digits;
 *   <li>{@link AccountId#DEFAULT}.
 * </ol>
 */
@Singleton
public final class AccountResolver {

  /** The header a client names its account with, as in moto. */
  public static final String ACCOUNT_HEADER = "x-moto-account-id";

  private final MotoConfig config;
  private final CredentialRegistry credentials;

  @Inject
  public AccountResolver(MotoConfig config, CredentialRegistry credentials) {
    this.config = config;
    this.credentials = credentials;
  }

  /** The outcome: the account, and the issued credential the request was signed with, if any. */
  public record Resolution(AccountId account, IssuedCredential credential) {}

  /**
   * Resolves the account of a request.
   *
   * @throws InvalidAccountIdException when the configuration or the header names a malformed id
   */
  public Resolution resolve(MotoRequest request, RequestCredentials signer) {
    Optional<IssuedCredential> credential = credentials.find(signer.accessKeyId());
    Optional<String> configured = config.get(Setting.ACCOUNT_ID);
    if (configured.isPresent()) {
      AccountId account = parse(configured.get(), Setting.ACCOUNT_ID.environmentVariable());
      return new Resolution(account, sameAccount(credential, account));
    }
    String header = request.header(ACCOUNT_HEADER);
    if (header != null) {
      AccountId account = parse(header.trim(), ACCOUNT_HEADER);
      return new Resolution(account, sameAccount(credential, account));
    }
    if (credential.isPresent()) {
      return new Resolution(credential.get().account(), credential.get());
    }
    if (AccountId.isValid(signer.accessKeyId())) {
      return new Resolution(AccountId.of(signer.accessKeyId()), null);
    }
    return new Resolution(AccountId.DEFAULT, null);
  }

  /** An issued credential speaks for the request only when it belongs to the chosen account. */
  private static IssuedCredential sameAccount(
      Optional<IssuedCredential> credential, AccountId account) {
    return credential.filter(c -> c.account().equals(account)).orElse(null);
  }

  private static AccountId parse(String value, String source) {
    if (!AccountId.isValid(value)) {
      throw new InvalidAccountIdException(
          "The account id given by " + source + " must be exactly 12 digits, got '" + value + "'.");
    }
    return AccountId.of(value);
  }

  /** A configured or requested account id that is not twelve digits. */
  public static final class InvalidAccountIdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidAccountIdException(String message) {
      super(message, null, false, false);
    }
  }
}
