package org.moto4j.iam.internal.ssh;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.iam.internal.IamErrors;

/**
 * An SSH public key as uploaded, in OpenSSH form ({@code ssh-rsa AAAA… comment}, {@code ssh-ed25519
 * AAAA…}) or PEM ({@code -----BEGIN PUBLIC KEY-----}), with both forms {@code GetSSHPublicKey} can
 * answer and its fingerprint: the MD5 of the OpenSSH key blob in colon-separated hex, as {@code
 * ssh-keygen -E md5 -l} prints it.
 *
 * @param ssh the key in OpenSSH form, as uploaded when it was uploaded so
 * @param pem the key as a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo)
 * @param fingerprint the MD5 fingerprint
 */
public record SshPublicKeyMaterial(String ssh, String pem, String fingerprint) {

  /** The smallest RSA modulus IAM accepts. */
  static final int MIN_RSA_BITS = 2048;

  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----", Pattern.DOTALL);
  private static final byte[] ED25519_SPKI_PREFIX =
      HexFormat.of().parseHex("302a300506032b6570032100");

  /**
   * Parses an uploaded key.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code UnrecognizedPublicKeyEncoding} for a key
   *     type or encoding IAM does not take, {@code InvalidPublicKey} for a malformed key or an RSA
   *     key under 2048 bits
   */
  public static SshPublicKeyMaterial parse(String body) {
    String trimmed = body.strip();
    if (trimmed.startsWith("-----BEGIN")) {
      return fromPem(trimmed);
    }
    String[] fields = trimmed.split("\\s+");
    if (fields.length < 2 || !(fields[0].equals("ssh-rsa") || fields[0].equals("ssh-ed25519"))) {
      throw IamErrors.UNRECOGNIZED_PUBLIC_KEY_ENCODING.exception();
    }
    byte[] blob = base64(fields[1]);
    ByteBuffer reader = ByteBuffer.wrap(blob);
    String type = new String(field(reader), StandardCharsets.US_ASCII);
    if (!type.equals(fields[0])) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
    byte[] spki;
    if (type.equals("ssh-rsa")) {
      BigInteger exponent = new BigInteger(field(reader));
      BigInteger modulus = new BigInteger(field(reader));
      spki = rsaSpki(exponent, modulus);
    } else {
      byte[] key = field(reader);
      if (key.length != 32) {
        throw IamErrors.INVALID_PUBLIC_KEY.exception();
      }
      spki = concat(ED25519_SPKI_PREFIX, key);
    }
    if (reader.hasRemaining()) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
    return new SshPublicKeyMaterial(trimmed, pem(spki), fingerprint(blob));
  }

  private static SshPublicKeyMaterial fromPem(String text) {
    Matcher matcher = PEM.matcher(text);
    if (!matcher.matches()) {
      throw IamErrors.UNRECOGNIZED_PUBLIC_KEY_ENCODING.exception();
    }
    byte[] spki = base64(matcher.group(1).replaceAll("\\s", ""));
    byte[] blob;
    String type;
    if (spki.length == 44 && Arrays.equals(Arrays.copyOf(spki, 12), ED25519_SPKI_PREFIX)) {
      type = "ssh-ed25519";
      blob = sshBlob(type, Arrays.copyOfRange(spki, 12, 44));
    } else {
      RSAPublicKey rsa = rsa(spki);
      checkSize(rsa.getModulus());
      type = "ssh-rsa";
      blob = sshBlob(type, rsa.getPublicExponent().toByteArray(), rsa.getModulus().toByteArray());
    }
    String ssh = type + " " + Base64.getEncoder().encodeToString(blob);
    return new SshPublicKeyMaterial(ssh, pem(spki), fingerprint(blob));
  }

  private static byte[] rsaSpki(BigInteger exponent, BigInteger modulus) {
    checkSize(modulus);
    try {
      PublicKey key =
          KeyFactory.getInstance("RSA")
              .generatePublic(new java.security.spec.RSAPublicKeySpec(modulus, exponent));
      return key.getEncoded();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is a required JDK algorithm", e);
    } catch (InvalidKeySpecException e) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
  }

  private static RSAPublicKey rsa(byte[] spki) {
    try {
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
      return (RSAPublicKey) key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is a required JDK algorithm", e);
    } catch (InvalidKeySpecException | ClassCastException e) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
  }

  private static void checkSize(BigInteger modulus) {
    if (modulus.signum() <= 0 || modulus.bitLength() < MIN_RSA_BITS) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
  }

  /** One length-prefixed field of an OpenSSH key blob (RFC 4253 §6.6). */
  private static byte[] field(ByteBuffer reader) {
    if (reader.remaining() < 4) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
    int length = reader.getInt();
    if (length < 0 || length > reader.remaining()) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
    byte[] value = new byte[length];
    reader.get(value);
    return value;
  }

  private static byte[] sshBlob(String type, byte[]... fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      byte[] name = type.getBytes(StandardCharsets.US_ASCII);
      out.writeInt(name.length);
      out.write(name);
      for (byte[] field : fields) {
        out.writeInt(field.length);
        out.write(field);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] base64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw IamErrors.INVALID_PUBLIC_KEY.exception();
    }
  }

  private static String pem(byte[] spki) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki)
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static String fingerprint(byte[] blob) {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(blob);
      return HexFormat.ofDelimiter(":").formatHex(md5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is a required JDK algorithm", e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] out = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, out, first.length, second.length);
    return out;
  }
}
