package org.moto4j.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.moto4j.core.http.MotoRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Captures the HTTP request the AWS SDK builds for a call, signed, as a {@link MotoRequest},
 * without sending it: the raw requests the permission mappings see in production. Shared with the
 * services' tests through moto-core's test jar.
 */
public final class SdkRequests implements ExecutionInterceptor {

  /** Stops the SDK once the request is captured. */
  public static final class Captured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Captured() {
      super("captured", null, false, false);
    }
  }

  private MotoRequest captured;

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
    SdkHttpRequest http = context.httpRequest();
    URI uri = http.getUri();
    MotoRequest.Builder builder =
        MotoRequest.builder(http.method().name(), uri.getRawPath()).rawQuery(uri.getRawQuery());
    builder.header("Host", uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    for (Map.Entry<String, List<String>> header : http.headers().entrySet()) {
      header.getValue().forEach(value -> builder.header(header.getKey(), value));
    }
    // The query protocol's form travels as the full request's content, not as a request body.
    Optional<ContentStreamProvider> content =
        context.requestBody().map(RequestBody::contentStreamProvider);
    if (http instanceof SdkHttpFullRequest full && full.contentStreamProvider().isPresent()) {
      content = full.contentStreamProvider();
    }
    byte[] body =
        content
            .map(
                provider -> {
                  try (InputStream in = provider.newStream()) {
                    return in.readAllBytes();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .orElse(new byte[0]);
    builder.body(new ByteArrayInputStream(body));
    captured = builder.build();
    throw new Captured();
  }

  /** The request {@code call} makes through {@code client}, which must use this interceptor. */
  public <C> MotoRequest of(C client, Consumer<C> call) {
    captured = null;
    try {
      call.accept(client);
    } catch (RuntimeException e) {
      if (captured == null) {
        throw e;
      }
    }
    if (captured == null) {
      throw new IllegalStateException("The call sent no request");
    }
    return captured;
  }
}
