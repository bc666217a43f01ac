package org.moto4j.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A response body written straight to the client, so large bodies never sit in memory whole. */
public interface ResponseBody {

  /** The number of bytes {@link #writeTo} writes, or -1 when unknown in advance. */
  long length();

  /** Writes the body. */
  void writeTo(OutputStream out) throws IOException;

  /** A body of the given bytes. */
  static ResponseBody of(byte[] bytes) {
    return new ResponseBody() {
      @Override
      public long length() {
        return bytes.length;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
      }
    };
  }

  /** A body of the given text in UTF-8. */
  static ResponseBody of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A body copied from a stream that is opened when the response is written. */
  static ResponseBody of(long length, StreamSource source) {
    return new ResponseBody() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = source.open()) {
          in.transferTo(out);
        }
      }
    };
  }

  /** Opens the stream a body is copied from. */
  @FunctionalInterface
  interface StreamSource {
    InputStream open() throws IOException;
  }
}
