package org.moto4j.inprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Reads a request body publisher as a stream, one buffer at a time: the next buffer is requested
 * only when the previous one is used up, so a large upload never sits in memory whole.
 */
final class PublisherInputStream extends InputStream {

  private static final ByteBuffer END = ByteBuffer.allocate(0);

  private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
  private volatile Subscription subscription;
  private ByteBuffer current;
  private boolean finished;

  PublisherInputStream(Publisher<ByteBuffer> publisher) {
    publisher.subscribe(
        new Subscriber<>() {
          @Override
          public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(1);
          }

          @Override
          public void onNext(ByteBuffer buffer) {
            signals.add(buffer);
          }

          @Override
          public void onError(Throwable t) {
            signals.add(t);
          }

          @Override
          public void onComplete() {
            signals.add(END);
          }
        });
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (current == null || !current.hasRemaining()) {
      if (finished) {
        return -1;
      }
      if (current != null) {
        current = null;
        subscription.request(1);
      }
      Object signal;
      try {
        signal = signals.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while reading the request body");
      }
      if (signal == END) {
        finished = true;
        return -1;
      }
      if (signal instanceof Throwable failure) {
        finished = true;
        throw new IOException("The request body failed: " + failure.getMessage(), failure);
      }
      current = (ByteBuffer) signal;
    }
    int n = Math.min(length, current.remaining());
    current.get(bytes, offset, n);
    return n;
  }

  @Override
  public void close() {
    Subscription s = subscription;
    if (!finished && s != null) {
      finished = true;
      s.cancel();
    }
  }
}
