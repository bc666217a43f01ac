package org.moto4j.sts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the JWTs GetWebIdentityToken hands out, with a key pair per algorithm made on first use and
 * kept for the life of the process: {@code RS256} (RSA 2048, SHA-256) or {@code ES384} (ECDSA
 * P-384, SHA-384). The signatures are real, so a client may check a token's shape end to end.
 */
@Singleton
final class WebIdentityTokenSigner {

  /** The algorithms AWS offers, by their JWS names. */
  enum Algorithm {
    RS256("RSA", "SHA256withRSA"),
    ES384("EC", "SHA384withECDSAinP1363Format");

    private final String keyType;
    private final String signature;

    Algorithm(String keyType, String signature) {
      this.keyType = keyType;
      this.signature = signature;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final Map<Algorithm, KeyPair> keys = new ConcurrentHashMap<>();

  /** The compact JWT {@code header.payload.signature} for these claims. */
  String sign(Algorithm algorithm, ObjectNode claims) {
    KeyPair key = keys.computeIfAbsent(algorithm, WebIdentityTokenSigner::generate);
    ObjectNode header =
        JSON.createObjectNode()
            .put("kid", keyId(key))
            .put("typ", "JWT")
            .put("alg", algorithm.name());
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature signer = Signature.getInstance(algorithm.signature);
      signer.initSign(key.getPrivate());
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with " + algorithm, e);
    }
  }

  private static KeyPair generate(Algorithm algorithm) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType);
      if (algorithm == Algorithm.RS256) {
        generator.initialize(2048);
      } else {
        generator.initialize(new ECGenParameterSpec("secp384r1"));
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make a " + algorithm + " key", e);
    }
  }

  private static String keyId(KeyPair key) {
    byte[] digest =
        UniqueIds.sha256(Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static String encode(ObjectNode node) {
    try {
      return BASE64URL.encodeToString(JSON.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
