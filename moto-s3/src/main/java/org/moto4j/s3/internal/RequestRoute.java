package org.moto4j.s3.internal;

import java.util.Optional;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Routes;

/**
 * The route an S3 request takes, matched once and remembered on the request: access control's
 * permission mapping, the router and the request log all ask, and matching is not free on the hot
 * path.
 */
public final class RequestRoute {

  private RequestRoute() {}

  /** The route {@code request}, addressed at {@code address}, takes; {@code null} when none. */
  public static S3Routes.Route of(S3Routes routes, MotoRequest request, S3Address address) {
    Optional<Matched> known = request.attachment(Matched.class);
    if (known.isPresent() && known.get().address().equals(address)) {
      return known.get().route();
    }
    S3Routes.Route route =
        routes.match(
            new S3Routes.RouteRequest(
                request.method(),
                address.target(),
                request.rawPath(),
                request.query(),
                request.headers()::contains,
                () -> RequestCredentials.of(request).service()));
    request.attach(Matched.class, new Matched(address, route));
    return route;
  }

  private record Matched(S3Address address, S3Routes.Route route) {}
}
