package org.moto4j.servlet;

import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.moto4j.core.Moto;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;

/**
 * Serves {@link Moto} straight from Jetty's core API, with no servlet layer: paths reach the
 * dispatcher exactly as sent (S3 keys may hold anything), and a request costs one handler call.
 */
final class JettyMotoHandler extends Handler.Abstract {

  private final Moto moto;

  JettyMotoHandler(Moto moto) {
    this.moto = moto;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpURI uri = request.getHttpURI();
    MotoRequest.Builder builder =
        MotoRequest.builder(request.getMethod(), uri.getPath() == null ? "/" : uri.getPath())
            .rawQuery(uri.getQuery())
            .remoteAddress(Request.getRemoteAddr(request))
            .secure(request.isSecure());
    for (HttpField field : request.getHeaders()) {
      builder.header(field.getName(), field.getValue());
    }
    try (InputStream body = Content.Source.asInputStream(request)) {
      MotoResponse answer = moto.handle(builder.body(body).build());
      write(answer, request.getMethod().equals("HEAD"), response);
    }
    callback.succeeded();
    return true;
  }

  private static void write(MotoResponse answer, boolean head, Response response) throws Exception {
    response.setStatus(answer.status());
    for (String name : answer.headers().names()) {
      for (String value : answer.headers().all(name)) {
        response.getHeaders().add(name, value);
      }
    }
    ResponseBody body = answer.body();
    if (body == null) {
      if (!answer.headers().contains("Content-Length")) {
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
      }
      return;
    }
    if (body.length() >= 0) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length());
    }
    if (!head) {
      try (OutputStream out = Content.Sink.asOutputStream(response)) {
        body.writeTo(out);
      }
    }
  }
}
