package org.moto4j.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * The signatures of a signed {@code aws-chunked} body ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}
 * and its {@code -TRAILER} form): each chunk's signature chains from the previous one, the first
 * from the request's own (seed) signature, and the trailer's from the last chunk's. The verifier
 * attaches one to the request ({@link org.moto4j.core.http.MotoRequest#attachment}) once the seed
 * signature is verified; S3's chunk decoder checks every chunk against it as it reads.
 *
 * <p>Not thread-safe: one per request, read by one thread.
 */
public final class ChunkSignatureChain {

  private static final String EMPTY_SHA256 = SigningKeys.sha256Hex(new byte[0]);

  private final byte[] signingKey;
  private final String timestamp;
  private final String scope;
  private final String accessKeyId;
  private final boolean signedTrailer;
  private String previous;

  ChunkSignatureChain(
      byte[] signingKey,
      String timestamp,
      String scope,
      String seedSignature,
      String accessKeyId,
      boolean signedTrailer) {
    this.signingKey = signingKey;
    this.timestamp = timestamp;
    this.scope = scope;
    this.previous = seedSignature;
    this.accessKeyId = accessKeyId;
    this.signedTrailer = signedTrailer;
  }

  /** Whether the body ends with trailers signed by {@code x-amz-trailer-signature}. */
  public boolean signedTrailer() {
    return signedTrailer;
  }

  /** A fresh digest for one chunk's data, to be passed back to {@link #verifyChunk}. */
  public static MessageDigest newChunkDigest() {
    return SigningKeys.newDigest("SHA-256");
  }

  /**
   * Checks the signature of the next chunk, whose data went through {@code dataDigest}.
   *
   * @param provided the {@code chunk-signature} of the chunk header, or {@code null} if absent
   * @throws AwsException S3's SignatureDoesNotMatch when it is not the expected one
   */
  public void verifyChunk(String provided, MessageDigest dataDigest) {
    String dataHash = SigningKeys.hex(dataDigest.digest());
    String stringToSign =
        "AWS4-HMAC-SHA256-PAYLOAD\n"
            + timestamp
            + '\n'
            + scope
            + '\n'
            + previous
            + '\n'
            + EMPTY_SHA256
            + '\n'
            + dataHash;
    previous = check(stringToSign, provided);
  }

  /**
   * Checks {@code x-amz-trailer-signature} over the other trailers.
   *
   * @param trailers the trailers as read, names in lower case, the signature among them
   */
  public void verifyTrailer(Map<String, String> trailers) {
    List<String> names = new ArrayList<>(trailers.keySet());
    names.remove("x-amz-trailer-signature");
    names.sort(null);
    StringBuilder canonical = new StringBuilder();
    for (String name : names) {
      canonical.append(name.toLowerCase(Locale.ROOT)).append(':').append(trailers.get(name));
      canonical.append('\n');
    }
    String stringToSign =
        "AWS4-HMAC-SHA256-TRAILER\n"
            + timestamp
            + '\n'
            + scope
            + '\n'
            + previous
            + '\n'
            + SigningKeys.sha256Hex(canonical.toString());
    previous = check(stringToSign, trailers.get("x-amz-trailer-signature"));
  }

  private String check(String stringToSign, String provided) {
    String expected =
        SigningKeys.hex(
            SigningKeys.hmacSha256(signingKey, stringToSign.getBytes(StandardCharsets.UTF_8)));
    if (provided == null
        || !SigningKeys.sameSignature(expected, provided.trim().toLowerCase(Locale.ROOT))) {
      throw SignatureErrors.SIGNATURE_DOES_NOT_MATCH
          .exception(Protocol.REST_XML)
          .with("AWSAccessKeyId", accessKeyId)
          .with("StringToSign", stringToSign)
          .with("SignatureProvided", provided == null ? "" : provided)
          .with("StringToSignBytes", SigningKeys.spacedHex(stringToSign));
    }
    return expected;
  }
}
