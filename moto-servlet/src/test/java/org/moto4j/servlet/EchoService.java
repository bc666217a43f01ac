package org.moto4j.servlet;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/**
 * A REST test service that answers what the dispatcher handed it, so the servlet layer can be
 * tested without any real service: {@code method path?query account body}. A path ending in {@code
 * /missing} is a 404 error.
 */
public final class EchoService implements MotoService {

  @Override
  public ServiceDescriptor descriptor() {
    return new ServiceDescriptor("s3", Protocol.REST_XML, "urn:echo", null, true);
  }

  @Override
  public Module module() {
    return new AbstractModule() {};
  }

  @Override
  public Class<? extends ServiceHandler> handler() {
    return Handler.class;
  }

  static final class Handler implements ServiceHandler {
    @Override
    public MotoResponse handle(MotoRequest request, AccountContext context) {
      if (request.rawPath().endsWith("/missing")) {
        throw new AwsException("NoSuchKey", 404, "The specified key does not exist.");
      }
      try {
        String body =
            new String(request.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String text =
            request.method()
                + " "
                + request.rawPath()
                + (request.rawQuery() == null ? "" : "?" + request.rawQuery())
                + " "
                + context.account()
                + " "
                + body;
        return MotoResponse.status(200)
            .header("Content-Type", "text/plain")
            .header("x-echo-length", String.valueOf(text.length()))
            .body(ResponseBody.of(text));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
