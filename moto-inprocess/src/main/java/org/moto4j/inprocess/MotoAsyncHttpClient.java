package org.moto4j.inprocess;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.moto4j.core.Moto;
import org.moto4j.core.http.MotoResponse;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * An {@link SdkAsyncHttpClient} that hands AWS SDK v2 requests straight to a {@link Moto}, with no
 * server and no socket. Each request is served on a worker thread; the request body streams in as
 * the SDK publishes it and the response body streams out as the SDK asks for it.
 *
 * <pre>{@code
 * S3AsyncClient s3 = S3AsyncClient.builder()
 *     .httpClient(MotoAsyncHttpClient.create(moto))
 *     .endpointOverride(URI.create("http://moto4j-in-process"))
 *     ...
 *     .build();
 * }</pre>
 */
public final class MotoAsyncHttpClient implements SdkAsyncHttpClient {

  private final Moto moto;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "moto4j-inprocess-async");
            thread.setDaemon(true);
            return thread;
          });

  private MotoAsyncHttpClient(Moto moto) {
    this.moto = moto;
  }

  /** A client for {@code moto}. */
  public static MotoAsyncHttpClient create(Moto moto) {
    return new MotoAsyncHttpClient(moto);
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    workers.execute(() -> serve(request, done));
    return done;
  }

  private void serve(AsyncExecuteRequest request, CompletableFuture<Void> done) {
    SdkAsyncHttpResponseHandler handler = request.responseHandler();
    SdkHttpRequest http = request.request();
    try {
      MotoResponse response;
      try (InputStream body = new PublisherInputStream(request.requestContentPublisher())) {
        response = moto.handle(Exchange.request(http, body));
      }
      handler.onHeaders(Exchange.headers(response));
      if (!Exchange.hasBody(http, response)) {
        handler.onStream(EmptyPublisher.INSTANCE);
        done.complete(null);
        return;
      }
      ResponsePublisher publisher =
          new ResponsePublisher(response.body(), () -> done.complete(null));
      handler.onStream(publisher);
      publisher.deliver();
    } catch (Exception | Error e) {
      handler.onError(e);
      done.completeExceptionally(e);
    }
  }

  @Override
  public String clientName() {
    return "moto4j-inprocess-async";
  }

  @Override
  public void close() {
    workers.shutdown();
  }

  /** A body with no bytes. */
  private enum EmptyPublisher implements Publisher<ByteBuffer> {
    INSTANCE;

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
      subscriber.onSubscribe(
          new org.reactivestreams.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onComplete();
    }
  }
}
