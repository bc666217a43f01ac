package org.moto4j.servlet;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The limits moto4j's Jetty puts on a request, each answered with AWS's error (see {@link
 * AwsErrorHandler}): the header section (request line and headers) as {@link HttpConfiguration}
 * sets it, answered {@code RequestHeaderSectionTooLarge}; the body, at S3's largest single upload
 * (5 GiB) plus room for {@code aws-chunked} framing, answered {@code EntityTooLarge}, before a byte
 * of it is read when {@code Content-Length} announces it.
 */
final class RequestLimits {

  /** S3's largest single PUT or part. */
  static final long MAX_PAYLOAD_BYTES = 5L * 1024 * 1024 * 1024;

  /** The largest body: the payload plus its {@code aws-chunked} framing and trailers. */
  static final long MAX_BODY_BYTES = MAX_PAYLOAD_BYTES + 64L * 1024 * 1024;

  private RequestLimits() {}

  /** Serves {@code handler} on {@code jetty} within the limits. */
  static void apply(Server jetty, HttpConfiguration http, Handler handler) {
    SizeLimitHandler limit = new SizeLimitHandler(MAX_BODY_BYTES, -1);
    limit.setHandler(handler);
    jetty.setHandler(limit);
    jetty.setErrorHandler(new AwsErrorHandler(http.getRequestHeaderSize(), MAX_PAYLOAD_BYTES));
  }
}
