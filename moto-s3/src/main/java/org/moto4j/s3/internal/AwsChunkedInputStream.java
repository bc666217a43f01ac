package org.moto4j.s3.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.auth.ChunkSignatureChain;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/**
 * Reads the payload out of an {@code aws-chunked} body, the framing AWS SDKs use for streaming
 * signatures and trailing checksums:
 *
 * <pre>
 * hex-size[;chunk-signature=…]\r\n data \r\n … 0[;chunk-signature=…]\r\n [name:value\r\n]… \r\n
 * </pre>
 *
 * Chunk signatures are verified when the request's own signature was ({@link ChunkSignatureChain},
 * attached by core's verifier when access control is enforced): each chunk once its data is read,
 * the trailer's at the end; otherwise they are ignored, as moto ignores them. Trailers (such as
 * {@code x-amz-checksum-crc32}) are kept for {@link #trailers()}. A truncated or malformed body, or
 * a bad signature, fails with an S3 error rather than a short payload.
 */
public final class AwsChunkedInputStream extends InputStream {

  private static final int MAX_LINE = 16 * 1024;

  private final InputStream in;
  private final long expectedLength;
  private final Map<String, String> trailers = new LinkedHashMap<>();
  private long chunkRemaining;
  private long decoded;
  private boolean finished;
  // Null unless the seed signature was verified; then every chunk must carry the next signature.
  private final ChunkSignatureChain signatures;
  private final MessageDigest chunkDigest;
  private String chunkSignature;

  /**
   * @param expectedLength the payload length the client announced ({@code
   *     x-amz-decoded-content-length}), or -1 when it did not
   */
  public AwsChunkedInputStream(InputStream in, long expectedLength) {
    this(in, expectedLength, null);
  }

  /**
   * @param expectedLength the payload length the client announced, or -1
   * @param signatures the chain to check chunk signatures against, or {@code null} not to check
   */
  public AwsChunkedInputStream(
      InputStream in, long expectedLength, ChunkSignatureChain signatures) {
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    this.expectedLength = expectedLength;
    this.signatures = signatures;
    this.chunkDigest = signatures == null ? null : ChunkSignatureChain.newChunkDigest();
  }

  /** The trailing headers, names in lower case; complete once the stream is read to its end. */
  public Map<String, String> trailers() {
    return Collections.unmodifiableMap(trailers);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (chunkRemaining == 0) {
      if (finished) {
        return -1;
      }
      startChunk();
    }
    int n = in.read(buffer, offset, (int) Math.min(length, chunkRemaining));
    if (n < 0) {
      throw incompleteBody();
    }
    chunkRemaining -= n;
    decoded += n;
    if (signatures != null) {
      chunkDigest.update(buffer, offset, n);
    }
    if (chunkRemaining == 0) {
      expectLineEnd();
      if (signatures != null) {
        // Checked before the chunk's last bytes are handed on: a bad chunk fails the upload.
        signatures.verifyChunk(chunkSignature, chunkDigest);
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void startChunk() throws IOException {
    String header = readLine();
    if (header == null) {
      throw incompleteBody();
    }
    int semicolon = header.indexOf(';');
    String hex = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
    long size;
    try {
      if (hex.isEmpty() || hex.length() > 15) {
        throw new NumberFormatException(hex);
      }
      size = Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw malformed("invalid chunk size '" + hex + "'");
    }
    if (signatures != null) {
      chunkSignature = chunkSignature(header, semicolon);
      chunkDigest.reset();
    }
    if (size > 0) {
      chunkRemaining = size;
      return;
    }
    if (signatures != null) {
      signatures.verifyChunk(chunkSignature, chunkDigest);
    }
    readTrailers();
    if (signatures != null && signatures.signedTrailer()) {
      signatures.verifyTrailer(trailers);
    }
    finished = true;
    if (expectedLength >= 0 && decoded != expectedLength) {
      throw incompleteBody();
    }
  }

  /** The {@code chunk-signature} extension of a chunk header, or {@code null}. */
  private static String chunkSignature(String header, int semicolon) {
    if (semicolon < 0) {
      return null;
    }
    int at = header.indexOf("chunk-signature=", semicolon);
    return at < 0 ? null : header.substring(at + "chunk-signature=".length()).trim();
  }

  private void readTrailers() throws IOException {
    String line;
    while ((line = readLine()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("invalid trailer '" + line + "'");
      }
      trailers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
  }

  private void expectLineEnd() throws IOException {
    int cr = in.read();
    int lf = in.read();
    if (cr < 0 || lf < 0) {
      throw incompleteBody();
    }
    if (cr != '\r' || lf != '\n') {
      throw malformed("a chunk is longer than its declared size");
    }
  }

  /** A CRLF-terminated line without its terminator; {@code null} at the end of the stream. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int end =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
      }
      if (line.size() >= MAX_LINE) {
        throw malformed("a chunk header is too long");
      }
      line.write(c);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }

  private static AwsException incompleteBody() {
    return S3Errors.INCOMPLETE_BODY.exception();
  }

  private static AwsException malformed(String why) {
    return S3Errors.INVALID_REQUEST.exception("The aws-chunked request body is malformed: " + why);
  }
}
