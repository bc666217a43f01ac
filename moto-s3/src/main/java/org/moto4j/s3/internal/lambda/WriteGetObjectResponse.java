package org.moto4j.s3.internal.lambda;

import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.UnreadBodies;

/**
 * {@code POST /WriteGetObjectResponse} (host {@code {RequestRoute}.}): an Object Lambda function's
 * answer to the GetObject that invoked it, named by the route and token of that invocation. moto4j
 * has no Object Lambda access points, so no GetObject ever waits for an answer and no route or
 * token is ever issued: the request is refused as S3 refuses a token it did not issue (403
 * AccessDenied), and its body is discarded.
 */
public final class WriteGetObjectResponse implements S3Operation {

  /** Why the operation answers only an error; the coverage table shows it. */
  public static final String REASON =
      "answers `AccessDenied` (403): moto4j has no S3 Object Lambda access points, so no GetObject"
          + " awaits a response and no request route or token is ever issued";

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    UnreadBodies.discard(request.http());
    throw S3Errors.ACCESS_DENIED.exception();
  }
}
