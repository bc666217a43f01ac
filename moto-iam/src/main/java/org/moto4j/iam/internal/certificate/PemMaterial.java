package org.moto4j.iam.internal.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.iam.internal.IamErrors;

/**
 * Certificates and private keys as IAM receives them, PEM-encoded, read with {@code java.security}:
 * X.509 certificates and chains, and RSA, EC or Ed25519 private keys in PKCS#8 ({@code PRIVATE
 * KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC 1 ({@code EC PRIVATE KEY}) form.
 */
final class PemMaterial {

  private static final Pattern KEY_BLOCK =
      Pattern.compile(
          "-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
  private static final byte[] RSA_ALGORITHM =
      HexFormat.of().parseHex("300d06092a864886f70d0101010500");
  private static final byte[] EC_PUBLIC_KEY_OID = HexFormat.of().parseHex("06072a8648ce3d0201");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PemMaterial() {}

  /**
   * The one certificate of a PEM body.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedCertificate} unless the body is
   *     exactly one PEM X.509 certificate
   */
  static X509Certificate certificate(String pem) {
    List<X509Certificate> certificates = read(pem);
    if (certificates.size() != 1) {
      throw IamErrors.MALFORMED_CERTIFICATE.exception();
    }
    return certificates.get(0);
  }

  /**
   * Checks that a chain is one or more PEM X.509 certificates.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedCertificate} otherwise
   */
  static void checkChain(String pem) {
    if (read(pem).isEmpty()) {
      throw IamErrors.MALFORMED_CERTIFICATE_CHAIN.exception();
    }
  }

  /**
   * Checks that {@code privateKeyPem} is a private key and the key of {@code certificate}: a
   * signature made with it must verify with the certificate's public key.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedCertificate} for a key that is no
   *     PEM private key, {@code KeyPairMismatch} for another key
   */
  static void checkKeyPair(X509Certificate certificate, String privateKeyPem) {
    PrivateKey key = privateKey(privateKeyPem);
    try {
      String algorithm =
          switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
          };
      byte[] challenge = new byte[32];
      RANDOM.nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        throw IamErrors.KEY_PAIR_MISMATCH.exception();
      }
    } catch (GeneralSecurityException e) {
      throw IamErrors.KEY_PAIR_MISMATCH.exception();
    }
  }

  private static List<X509Certificate> read(String pem) {
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
      return List.of();
    }
    try {
      Collection<? extends Certificate> read =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
      List<X509Certificate> certificates = new ArrayList<>(read.size());
      read.forEach(certificate -> certificates.add((X509Certificate) certificate));
      return certificates;
    } catch (CertificateException | ClassCastException e) {
      return List.of();
    }
  }

  private static PrivateKey privateKey(String pem) {
    Matcher block = KEY_BLOCK.matcher(pem.strip());
    if (!block.matches()) {
      throw IamErrors.MALFORMED_PRIVATE_KEY.exception();
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(block.group(2));
    } catch (IllegalArgumentException e) {
      throw IamErrors.MALFORMED_PRIVATE_KEY.exception();
    }
    byte[] pkcs8 =
        switch (block.group(1)) {
          case "RSA PRIVATE KEY" -> pkcs8(RSA_ALGORITHM, der);
          case "EC PRIVATE KEY" -> pkcs8(Der.sequence(EC_PUBLIC_KEY_OID, ecCurve(der)), der);
          default -> der;
        };
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException e) {
        // not a key of this algorithm: try the next
      }
    }
    throw IamErrors.MALFORMED_PRIVATE_KEY.exception();
  }

  /** PKCS#8 {@code PrivateKeyInfo}: version 0, the algorithm, the key in an octet string. */
  private static byte[] pkcs8(byte[] algorithm, byte[] key) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(Der.tlv(0x02, new byte[] {0}));
    content.writeBytes(algorithm);
    content.writeBytes(Der.tlv(0x04, key));
    return Der.tlv(0x30, content.toByteArray());
  }

  /** The named-curve OID in a SEC 1 {@code ECPrivateKey}'s {@code [0] parameters}. */
  private static byte[] ecCurve(byte[] sec1) {
    byte[] parameters = Der.contextField(sec1, 0);
    if (parameters == null) {
      throw IamErrors.MALFORMED_PRIVATE_KEY.exception();
    }
    return parameters;
  }
}
