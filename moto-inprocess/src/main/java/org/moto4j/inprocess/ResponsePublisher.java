package org.moto4j.inprocess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.moto4j.core.http.ResponseBody;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Publishes a response body to one subscriber, honouring its demand: the writing thread waits while
 * the subscriber wants nothing, so a large download streams instead of piling up in memory.
 */
final class ResponsePublisher implements Publisher<ByteBuffer> {

  private static final int CHUNK = 64 * 1024;

  private final ResponseBody body;
  private final Runnable onDone;
  private final Object lock = new Object();
  private long demand;
  private boolean cancelled;
  private boolean subscribed;
  private Subscriber<? super ByteBuffer> subscriber;

  /**
   * @param onDone called once the body is delivered, failed or cancelled
   */
  ResponsePublisher(ResponseBody body, Runnable onDone) {
    this.body = body;
    this.onDone = onDone;
  }

  @Override
  public void subscribe(Subscriber<? super ByteBuffer> s) {
    synchronized (lock) {
      if (subscriber != null) {
        s.onSubscribe(
            new Subscription() {
              @Override
              public void request(long n) {}

              @Override
              public void cancel() {}
            });
        s.onError(new IllegalStateException("A response body can be subscribed to once"));
        return;
      }
      subscriber = s;
    }
    s.onSubscribe(
        new Subscription() {
          @Override
          public void request(long n) {
            synchronized (lock) {
              demand = n <= 0 || demand + n < 0 ? Long.MAX_VALUE : demand + n;
              lock.notifyAll();
            }
          }

          @Override
          public void cancel() {
            synchronized (lock) {
              cancelled = true;
              lock.notifyAll();
            }
          }
        }); // Signals must be serial: nothing is sent until onSubscribe has returned.
    synchronized (lock) {
      subscribed = true;
      lock.notifyAll();
    }
  }

  /** Writes the body to the subscriber; runs on a worker thread, blocking on demand. */
  void deliver() {
    try (OutputStream out = new DemandStream()) {
      body.writeTo(out);
      awaitSubscriber();
    } catch (IOException | RuntimeException e) {
      Subscriber<? super ByteBuffer> s = subscriberIfLive();
      if (s != null) {
        s.onError(e);
      }
      onDone.run();
      return;
    }
    Subscriber<? super ByteBuffer> s = subscriberIfLive();
    if (s != null) {
      s.onComplete();
    }
    onDone.run();
  }

  private Subscriber<? super ByteBuffer> subscriberIfLive() {
    synchronized (lock) {
      return cancelled ? null : subscriber;
    }
  }

  /** Waits for the subscriber an empty body must still be completed to. */
  private void awaitSubscriber() throws IOException {
    synchronized (lock) {
      while (!cancelled && !subscribed) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrupted while streaming a response body", e);
        }
      }
    }
  }

  /** Waits until the subscriber exists and wants a buffer, or gave up. */
  private void awaitDemand() throws IOException {
    synchronized (lock) {
      while (!cancelled && (!subscribed || demand == 0)) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrupted while streaming a response body", e);
        }
      }
      if (cancelled) {
        throw new IOException("The response body was cancelled by its reader");
      }
      demand--;
    }
  }

  /** Cuts what the body writes into buffers sent as the subscriber asks for them. */
  private final class DemandStream extends OutputStream {
    private byte[] buffer = new byte[CHUNK];
    private int filled;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        int n = Math.min(length, buffer.length - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
        if (filled == buffer.length) {
          flush();
        }
      }
    }

    @Override
    public void flush() throws IOException {
      if (filled == 0) {
        return;
      }
      awaitDemand();
      ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, filled);
      // The subscriber may keep the buffer: the next chunk gets a fresh array.
      buffer = new byte[CHUNK];
      filled = 0;
      subscriber.onNext(chunk);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
