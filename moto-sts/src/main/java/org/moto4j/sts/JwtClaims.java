package org.moto4j.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a JSON Web Token, read without checking its signature: moto4j trusts every identity
 * provider, as moto does, and only takes the token's word for who it names.
 */
final class JwtClaims {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode claims;

  private JwtClaims(JsonNode claims) {
    this.claims = claims;
  }

  /** The claims of a compact JWT ({@code header.payload.signature}), if {@code token} is one. */
  static Optional<JwtClaims> read(String token) {
    String[] parts = token.trim().split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    return json(parts[1]);
  }

  /** A base64 or base64url JSON object, as a JWT payload is encoded. */
  static Optional<JwtClaims> json(String encoded) {
    try {
      byte[] bytes = decode(encoded.trim());
      JsonNode node = JSON.readTree(bytes);
      return node != null && node.isObject() ? Optional.of(new JwtClaims(node)) : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }

  /** A string claim; for an array claim (such as {@code aud}), its first string. */
  Optional<String> text(String name) {
    JsonNode value = claims.get(name);
    if (value != null && value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** A numeric claim, such as {@code exp}. */
  Optional<Long> number(String name) {
    JsonNode value = claims.get(name);
    return value != null && value.isNumber() ? Optional.of(value.asLong()) : Optional.empty();
  }

  /** Decodes base64 or base64url, padded or not (Java's decoders need no padding). */
  private static byte[] decode(String encoded) {
    boolean url = encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0;
    return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(encoded);
  }
}
