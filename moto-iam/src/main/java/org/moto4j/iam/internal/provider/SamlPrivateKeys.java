package org.moto4j.iam.internal.provider;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.iam.internal.IamErrors;

/**
 * Checks the private keys uploaded for SAML assertion decryption: a PEM block holding an RSA or EC
 * key (PKCS#8 {@code PRIVATE KEY}, or PKCS#1 {@code RSA PRIVATE KEY} / SEC1 {@code EC PRIVATE KEY},
 * whose DER must at least be a sequence). The key itself is never kept or shown.
 */
final class SamlPrivateKeys {

  private static final Pattern PEM =
      Pattern.compile(
          "\\s*-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----\\s*");

  private SamlPrivateKeys() {}

  /**
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} unless {@code pem} is a
   *     private key
   */
  static void check(String pem) {
    Matcher matcher = PEM.matcher(pem);
    if (!matcher.matches()) {
      throw IamErrors.SAML_PRIVATE_KEY_INVALID.exception();
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(matcher.group(2));
    } catch (IllegalArgumentException e) {
      throw IamErrors.SAML_PRIVATE_KEY_INVALID.exception();
    }
    if (der.length < 16 || der[0] != 0x30) {
      throw IamErrors.SAML_PRIVATE_KEY_INVALID.exception();
    }
    if (matcher.group(1).equals("PRIVATE KEY") && !isPkcs8(der)) {
      throw IamErrors.SAML_PRIVATE_KEY_INVALID.exception();
    }
  }

  private static boolean isPkcs8(byte[] der) {
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        return true;
      } catch (InvalidKeySpecException | NoSuchAlgorithmException e) {
        // try the next algorithm
      }
    }
    return false;
  }
}
