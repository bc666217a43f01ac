package org.moto4j.iam;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the credential tests upload and compute on their own, independently of the server: PEM
 * fixtures made once with {@code openssl} and {@code ssh-keygen} (under {@code
 * src/test/resources/certificates}), OpenSSH keys generated with {@code java.security}, and RFC
 * 6238 codes.
 */
final class CredentialFixtures {

  private CredentialFixtures() {}

  /** A fixture file's text. */
  static String resource(String name) {
    try (InputStream in = CredentialFixtures.class.getResourceAsStream("/certificates/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new Ed25519 public key in OpenSSH form. */
  static String newEd25519Key(String comment) {
    try {
      PublicKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
      byte[] spki = key.getEncoded();
      byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
      return "ssh-ed25519 "
          + Base64.getEncoder().encodeToString(blob("ssh-ed25519", raw))
          + " "
          + comment;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new RSA public key of {@code bits} in OpenSSH form. */
  static String newRsaKey(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
      byte[] blob =
          blob("ssh-rsa", key.getPublicExponent().toByteArray(), key.getModulus().toByteArray());
      return "ssh-rsa " + Base64.getEncoder().encodeToString(blob);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The MD5 fingerprint of an OpenSSH key, as {@code ssh-keygen -E md5 -l} prints it. */
  static String md5Fingerprint(String opensshKey) {
    try {
      byte[] blob = Base64.getDecoder().decode(opensshKey.split(" ")[1]);
      return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The RFC 6238 code (HMAC-SHA1, 30 s, six digits) of a base32 seed at epoch second {@code t}. */
  static String totp(String base32Seed, long epochSecond) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32(base32Seed), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSecond / 30).array());
      int offset = hash[19] & 0xf;
      int code = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
      return String.format("%06d", code);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = buffer << 5 | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((int) (buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private static byte[] blob(String type, byte[]... fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(type.length());
      out.write(type.getBytes(StandardCharsets.US_ASCII));
      for (byte[] field : fields) {
        out.writeInt(field.length);
        out.write(field);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
