package org.moto4j.reliability;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.moto4j.core.Moto;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/**
 * Sends requests straight to a {@link Moto}, with no socket (thousands a second), each bounded in
 * time: a parser that loops forever fails the test instead of hanging the build.
 */
final class InProcess implements AutoCloseable {

  /** The longest one request may take. */
  static final long TIMEOUT_SECONDS = 10;

  private final Moto moto;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "hostile-input");
            thread.setDaemon(true);
            return thread;
          });

  InProcess(Moto moto) {
    this.moto = moto;
  }

  /** An answer read whole. */
  record Answer(MotoResponse response, byte[] body, boolean head) {

    int status() {
      return response.status();
    }

    String header(String name) {
      return response.headers().first(name);
    }

    /** The problems that make this answer not a well-formed AWS 4xx error. */
    List<String> problems() {
      return ErrorShape.problems(status(), this::header, body, head);
    }
  }

  /** Answers {@code request} within {@link #TIMEOUT_SECONDS}, or fails. */
  Answer send(MotoRequest request) {
    Future<Answer> answer =
        worker.submit(
            () -> {
              MotoResponse response = moto.handle(request);
              ByteArrayOutputStream body = new ByteArrayOutputStream();
              if (response.body() != null) {
                response.body().writeTo(body);
              }
              return new Answer(response, body.toByteArray(), request.method().equals("HEAD"));
            });
    try {
      return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new AssertionError("No answer within " + TIMEOUT_SECONDS + " s to " + request, e);
    } catch (Exception e) {
      throw new AssertionError("Sending " + request + " failed: " + e, e);
    }
  }

  Moto moto() {
    return moto;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
