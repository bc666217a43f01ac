package org.moto4j.s3.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.spi.ServiceHandler;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Addressing;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Routes;
import org.moto4j.s3.internal.cors.CorsResponses;
import org.moto4j.s3.internal.policy.ExplicitDenials;
import org.moto4j.s3.internal.website.WebsiteEndpoint;
import org.moto4j.s3.internal.website.WebsiteHosts;

/**
 * S3's entry point: finds the bucket and key ({@link S3Addressing}), the operation ({@link
 * S3Routes}) and hands the request to its {@link S3Operation}. An operation of the API that moto4j
 * does not implement answers {@code 501 NotImplemented} naming it; a request no operation takes
 * answers {@code 405 MethodNotAllowed}. A presigned URL is checked ({@link PresignedRequests})
 * before anything else looks at the request, so every operation gets the same checks. An {@code
 * OPTIONS} preflight and the CORS headers of a request with {@code Origin} are {@link
 * CorsResponses}'.
 */
@Singleton
public final class S3Router implements ServiceHandler {

  private final S3Addressing addressing;
  private final S3Routes routes;
  private final Map<String, S3Operation> operations;
  private final PresignedRequests presigned;
  private final CorsResponses cors;
  private final Clock clock;
  private final WebsiteEndpoint website;
  private final ExplicitDenials denials;

  @Inject
  public S3Router(
      S3Addressing addressing,
      S3Routes routes,
      Map<String, S3Operation> operations,
      PresignedRequests presigned,
      CorsResponses cors,
      Clock clock,
      WebsiteEndpoint website,
      ExplicitDenials denials) {
    Set<String> known = new HashSet<>();
    routes.routes().forEach(route -> known.add(route.operation()));
    routes.outsideModel().forEach(route -> known.add(route.operation()));
    if (!known.containsAll(operations.keySet())) {
      throw new IllegalStateException("Operations not in the S3 routes: " + operations.keySet());
    }
    this.addressing = addressing;
    this.routes = routes;
    this.operations = Map.copyOf(operations);
    this.presigned = presigned;
    this.cors = cors;
    this.clock = clock;
    this.website = website;
    this.denials = denials;
  }

  @Override
  public MotoResponse handle(MotoRequest request, AccountContext context) {
    // A bucket's website endpoint is another protocol: anonymous GET/HEAD, HTML errors.
    var websiteBucket = WebsiteHosts.bucketOf(request.host());
    if (websiteBucket.isPresent()) {
      return website.serve(request, websiteBucket.get(), context);
    }
    S3Address address = addressing.resolve(request.host(), request.rawPath());
    S3Addressing.checkQuery(request.rawQuery());
    // A browser's CORS preflight: answered from the bucket's rules, unauthenticated.
    if (request.method().equals("OPTIONS") && address.bucket() != null) {
      UnreadBodies.discard(request);
      return cors.preflight(request, address);
    }
    if (request.header("Origin") == null) {
      return route(request, address, context);
    }
    try {
      return cors.onAnswer(request, address, route(request, address, context));
    } catch (AwsException e) {
      throw cors.onError(request, address, e);
    }
  }

  private MotoResponse route(MotoRequest request, S3Address address, AccountContext context) {
    try {
      presigned.check(request);
    } catch (AwsException e) {
      UnreadBodies.discard(request);
      throw e;
    }
    S3Routes.Route route = RequestRoute.of(routes, request, address);
    if (route == null) {
      throw S3Errors.METHOD_NOT_ALLOWED
          .exception()
          .with("Method", request.method())
          .with("ResourceType", resourceType(address));
    }
    S3Operation operation = operations.get(route.operation());
    if (operation == null) {
      throw S3Errors.NOT_IMPLEMENTED.exception(route.operation());
    }
    try {
      S3Request s3Request = new S3Request(request, address, route.operation(), clock.instant());
      // A bucket policy's explicit Deny refuses object requests even without IAM enforcement.
      denials.check(s3Request, context);
      return operation.handle(s3Request, context);
    } catch (AwsException e) {
      UnreadBodies.discard(request);
      throw e;
    }
  }

  private static String resourceType(S3Address address) {
    return switch (address.target()) {
      case ROOT -> "SERVICE";
      case BUCKET -> "BUCKET";
      case OBJECT -> "OBJECT";
    };
  }
}
