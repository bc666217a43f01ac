package org.moto4j.s3.internal.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.StoredObject;

/**
 * One read of an object, as {@link ObjectReader} found it: the object, the range to answer with,
 * and (when the body is wanted) a lease that keeps its bytes readable however the object changes
 * meanwhile. Close it when done, or hand it to the response as {@link #responseBody()}.
 *
 * @param object the object the read found
 * @param range the bytes to answer with, or {@code null} for the whole object
 * @param notModified whether {@code If-None-Match}/{@code If-Modified-Since} answered 304
 * @param lease the hold on the body, or {@code null} when the body was not asked for
 */
public record ObjectRead(
    StoredObject object, ByteRange range, boolean notModified, ObjectBody.Lease lease)
    implements AutoCloseable {

  private static final int COPY_BUFFER = 64 * 1024;

  /** Whether the answer is partial content (206): a range or a part. */
  public boolean isPartial() {
    return range != null;
  }

  /** The number of bytes answered. */
  public long contentLength() {
    return range == null ? object.size() : range.length();
  }

  /**
   * Opens the bytes answered.
   *
   * @throws IllegalStateException when the read did not ask for the body
   */
  public InputStream open() {
    if (lease == null) {
      throw new IllegalStateException("The read did not ask for the body");
    }
    return range == null ? lease.open() : lease.open(range.first(), range.length());
  }

  /**
   * The bytes answered as a response body, streamed when the response is written; writing it (or
   * failing to) closes this read.
   */
  public ResponseBody responseBody() {
    return new ResponseBody() {
      @Override
      public long length() {
        return contentLength();
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        try (ObjectRead read = ObjectRead.this;
            InputStream in = read.open()) {
          // Large copies in large steps; a small object needs no more than its own size.
          byte[] buffer = new byte[(int) Math.max(1, Math.min(COPY_BUFFER, contentLength()))];
          for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
          }
        }
      }
    };
  }

  @Override
  public void close() {
    if (lease != null) {
      lease.close();
    }
  }
}
