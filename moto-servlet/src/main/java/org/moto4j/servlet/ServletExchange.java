package org.moto4j.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;
import org.moto4j.core.Moto;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;

/** Adapts one servlet exchange to {@link Moto#handle}: the only HTTP glue moto4j has. */
final class ServletExchange {

  private ServletExchange() {}

  /**
   * Serves {@code request} with {@code moto}.
   *
   * @param mountPath the path below the context that moto4j is mounted at ({@code ""} for the root)
   */
  static void serve(
      Moto moto, String mountPath, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    MotoResponse answer = moto.handle(toMotoRequest(request, mountPath));
    write(answer, request.getMethod().equals("HEAD"), response);
  }

  /** The raw, still-encoded path below the context and mount path; {@code /} at the least. */
  static String pathBelow(HttpServletRequest request, String mountPath) {
    String uri = request.getRequestURI();
    String prefix = request.getContextPath() + mountPath;
    String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
    return path.isEmpty() ? "/" : path;
  }

  private static MotoRequest toMotoRequest(HttpServletRequest request, String mountPath)
      throws IOException {
    MotoRequest.Builder builder =
        MotoRequest.builder(request.getMethod(), pathBelow(request, mountPath))
            .rawQuery(request.getQueryString())
            .remoteAddress(request.getRemoteAddr())
            .secure(request.isSecure())
            .body(request.getInputStream());
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        builder.header(name, values.nextElement());
      }
    }
    return builder.build();
  }

  private static void write(MotoResponse answer, boolean head, HttpServletResponse response)
      throws IOException {
    response.setStatus(answer.status());
    for (String name : answer.headers().names()) {
      for (String value : answer.headers().all(name)) {
        response.addHeader(name, value);
      }
    }
    ResponseBody body = answer.body();
    if (body == null) {
      if (!answer.headers().contains("Content-Length")) {
        response.setContentLengthLong(0);
      }
      return;
    }
    if (body.length() >= 0) {
      response.setContentLengthLong(body.length());
    }
    if (!head) {
      OutputStream out = response.getOutputStream();
      body.writeTo(out);
      out.flush();
    }
  }
}
