package org.moto4j.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.moto4j.core.http.MotoRequest;

/**
 * Reads the rest of a small request body that an error answered before reading it (a PUT to a
 * missing bucket, a failed precondition). A client that sends its body without waiting for {@code
 * 100 Continue} is still writing it when the error comes back; were the body left unread, the
 * server would close the connection under it and the client would see a broken pipe instead of the
 * error. Bodies over {@link #LIMIT}, or behind {@code Expect: 100-continue}, are left to the
 * connection's close, as S3 does.
 */
public final class UnreadBodies {

  /** The largest body read only to be discarded. */
  public static final long LIMIT = 8L * 1024 * 1024;

  private UnreadBodies() {}

  /** Discards what is left of the request's body, when it is small and the client is sending it. */
  public static void discard(MotoRequest request) {
    String expect = request.header("Expect");
    if (expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue")) {
      return;
    }
    long length = contentLength(request);
    if (length <= 0 || length > LIMIT) {
      return;
    }
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream body = request.body();
      long left = length;
      for (int n;
          left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // The client went away: nothing left to keep the connection for.
    }
  }

  private static long contentLength(MotoRequest request) {
    String value = request.header("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
