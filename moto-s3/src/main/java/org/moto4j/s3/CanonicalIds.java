package org.moto4j.s3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.moto4j.core.AccountId;

/**
 * S3's canonical user ids: 64 hex digits standing for an account, stable across runs (the SHA-256
 * of the account id), so an {@code Owner} tells accounts apart.
 */
public final class CanonicalIds {

  /** The {@code DisplayName} S3 owners carry, as moto answers. */
  public static final String DISPLAY_NAME = "webfile";

  private CanonicalIds() {}

  /** The canonical id of an account. */
  public static String of(AccountId account) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(account.value().getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
