package org.moto4j.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.RequestIds;

/**
 * Answers the errors Jetty raises itself, before moto4j sees a request (a header section over the
 * limit, a body over the limit, a request that is not HTTP), as S3 does: an XML {@code <Error>}
 * with AWS's code, never Jetty's own page. The request was never parsed, so its service is unknown;
 * S3 is the service whose clients send large headers and bodies.
 */
final class AwsErrorHandler extends ErrorHandler {

  private final int maxHeaderBytes;
  private final long maxBodyBytes;

  AwsErrorHandler(int maxHeaderBytes, long maxBodyBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ERROR_STATUS);
    AwsException error = error(status instanceof Integer code ? code : response.getStatus());
    MotoResponse answer =
        Protocol.REST_XML.error(error, "", RequestIds.s3(), request.getMethod().equals("HEAD"));
    response.setStatus(answer.status());
    for (String name : answer.headers().names()) {
      answer.headers().all(name).forEach(value -> response.getHeaders().put(name, value));
    }
    // Jetty closes the connection after a request it could not read; say so.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    byte[] body = bytes(answer);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** The body for the few paths where Jetty writes the error response itself. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String requestId = RequestIds.s3();
    MotoResponse answer = Protocol.REST_XML.error(error(status), "", requestId, false);
    fields.put(HttpHeader.CONTENT_TYPE, "application/xml");
    fields.put("x-amz-request-id", requestId);
    return ByteBuffer.wrap(bytes(answer));
  }

  /** AWS's error for what Jetty refused, by Jetty's status. */
  private AwsException error(int status) {
    return switch (status) {
      case 431, 414 ->
          new AwsException(
                  "RequestHeaderSectionTooLarge",
                  400,
                  "Your request header section exceeds the maximum allowed size.")
              .with("MaxSizeAllowed", String.valueOf(maxHeaderBytes));
      case 413 ->
          new AwsException(
                  "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size")
              .with("MaxSizeAllowed", String.valueOf(maxBodyBytes));
      default -> {
        // 505: an HTTP version Jetty cannot speak is the client's fault, as any unreadable request
        if (status >= 500 && status != 505) {
          yield new AwsException(
              "InternalError", 500, "We encountered an internal error. Please try again.");
        }
        yield new AwsException(
            "BadRequest", 400, "An error occurred when parsing the HTTP request.");
      }
    };
  }

  private static byte[] bytes(MotoResponse answer) {
    if (answer.body() == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      answer.body().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
