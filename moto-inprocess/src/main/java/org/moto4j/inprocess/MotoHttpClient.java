package org.moto4j.inprocess;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.moto4j.core.Moto;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An {@link SdkHttpClient} that hands AWS SDK v2 requests straight to a {@link Moto}, with no
 * server and no socket: the Java counterpart of moto's decorator mode. Request bodies stream into
 * moto4j as the SDK writes them; large response bodies stream back through a pipe.
 *
 * <pre>{@code
 * Moto moto = Moto.builder().build();
 * S3Client s3 = S3Client.builder()
 *     .httpClient(MotoHttpClient.create(moto))
 *     .endpointOverride(URI.create("http://moto4j-in-process"))
 *     .region(Region.US_EAST_1).forcePathStyle(true)
 *     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
 *     .build();
 * }</pre>
 */
public final class MotoHttpClient implements SdkHttpClient {

  private static final Logger log = LoggerFactory.getLogger(MotoHttpClient.class);

  /** Bodies up to this size are handed back as bytes; larger ones stream through a pipe. */
  static final int BUFFERED_BODY_LIMIT = 256 * 1024;

  private static final int PIPE_SIZE = 64 * 1024;

  private final Moto moto;
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "moto4j-inprocess-body");
            thread.setDaemon(true);
            return thread;
          });

  private MotoHttpClient(Moto moto) {
    this.moto = moto;
  }

  /** A client for {@code moto}. */
  public static MotoHttpClient create(Moto moto) {
    return new MotoHttpClient(moto);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        SdkHttpRequest http = request.httpRequest();
        InputStream body =
            request.contentStreamProvider().map(provider -> provider.newStream()).orElse(null);
        MotoResponse response;
        try (InputStream closing = body) {
          response = moto.handle(Exchange.request(http, closing));
        }
        HttpExecuteResponse.Builder answer =
            HttpExecuteResponse.builder().response(Exchange.headers(response));
        if (Exchange.hasBody(http, response)) {
          answer.responseBody(AbortableInputStream.create(open(response.body())));
        }
        return answer.build();
      }

      @Override
      public void abort() {
        // The request runs on the caller's thread and finishes on its own.
      }
    };
  }

  private InputStream open(ResponseBody body) throws IOException {
    if (body.length() >= 0 && body.length() <= BUFFERED_BODY_LIMIT) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) body.length());
      body.writeTo(bytes);
      return new ByteArrayInputStream(bytes.toByteArray());
    }
    PipedInputStream in = new PipedInputStream(PIPE_SIZE);
    PipedOutputStream out = new PipedOutputStream(in);
    writers.execute(
        () -> {
          try (out) {
            body.writeTo(out);
          } catch (IOException e) {
            // The reader closed early (a ranged or abandoned read): nothing left to deliver.
            log.debug("In-process response body not fully read: {}", e.getMessage());
          }
        });
    return in;
  }

  @Override
  public String clientName() {
    return "moto4j-inprocess";
  }

  @Override
  public void close() {
    writers.shutdown();
  }
}
