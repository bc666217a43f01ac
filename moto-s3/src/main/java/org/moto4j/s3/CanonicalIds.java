package org.moto4j.s3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.moto4j.core.AccountId;

/**
 * S3's canonical user ids: 64 hex digits standing for an account, stable across runs (the SHA-256
 * of the account id), so an {@code Owner} tells accounts apart.
 */
public final class CanonicalIds {

  private CanonicalIds() {}

  // Every id handed out, back to its account: ACL grants name accounts by canonical id, and access
  // control needs the account. An id is only ever learnt from an answer that computed it here.
  private static final ConcurrentMap<String, AccountId> ACCOUNTS = new ConcurrentHashMap<>();

  /** The canonical id of an account. */
  public static String of(AccountId account) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(account.value().getBytes(StandardCharsets.US_ASCII));
      String id = HexFormat.of().formatHex(digest);
      ACCOUNTS.putIfAbsent(id, account);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The account a canonical id stands for, if moto4j handed it out. */
  public static Optional<AccountId> accountOf(String canonicalId) {
    return Optional.ofNullable(ACCOUNTS.get(canonicalId));
  }
}
