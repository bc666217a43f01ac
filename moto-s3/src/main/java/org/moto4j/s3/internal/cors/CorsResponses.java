package org.moto4j.s3.internal.cors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Errors;

/**
 * S3's CORS behaviour: answers {@code OPTIONS} preflights from the bucket's rules (no
 * authentication needed), and adds the {@code Access-Control-*} headers of the matching rule to any
 * answer, errors included, of a request that carries {@code Origin}. S3 takes the method of {@code
 * Access-Control-Request-Method} when a request carries one.
 */
@Singleton
public final class CorsResponses {

  static final String VARY =
      "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";

  private final BucketNamespace namespace;

  @Inject
  public CorsResponses(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  /**
   * The answer to a preflight.
   *
   * @throws AwsException {@code BadRequest} without {@code Origin} or with a method S3 does not
   *     know, {@code AccessForbidden} when the bucket is missing, has no rules or none allows it
   */
  public MotoResponse preflight(MotoRequest request, S3Address address) {
    String origin = request.header("Origin");
    if (origin == null) {
      throw S3Errors.CORS_ORIGIN_MISSING.exception();
    }
    String method = request.header("Access-Control-Request-Method");
    if (method == null || !CorsConfiguration.METHODS.contains(method)) {
      throw S3Errors.CORS_INVALID_REQUEST_METHOD.exception(method);
    }
    String resourceType = address.key() == null ? "BUCKET" : "OBJECT";
    Bucket bucket =
        namespace
            .find(address.bucket())
            .orElseThrow(() -> forbidden(S3Errors.CORS_BUCKET_NOT_FOUND, method, resourceType));
    CorsConfiguration rules =
        bucket
            .configurations()
            .get(CorsConfiguration.KIND)
            .orElseThrow(() -> forbidden(S3Errors.CORS_NOT_ENABLED, method, resourceType));
    List<String> headers = requestedHeaders(request.header("Access-Control-Request-Headers"));
    CorsRule rule =
        rules
            .match(origin, method, headers)
            .orElseThrow(() -> forbidden(S3Errors.CORS_NOT_ALLOWED, method, resourceType));
    MotoResponse response = MotoResponse.status(200);
    describe(rule, origin, response::header);
    if (!headers.isEmpty()) {
      response.header("Access-Control-Allow-Headers", String.join(", ", headers));
    }
    return response;
  }

  /** Adds the CORS headers an answer to a cross-origin request carries, if a rule allows it. */
  public MotoResponse onAnswer(MotoRequest request, S3Address address, MotoResponse response) {
    matching(request, address).ifPresent(rule -> describe(rule, origin(request), response::header));
    return response;
  }

  /** Adds the CORS headers to an error answering a cross-origin request, if a rule allows it. */
  public AwsException onError(MotoRequest request, S3Address address, AwsException error) {
    matching(request, address)
        .ifPresent(rule -> describe(rule, origin(request), error::withHeader));
    return error;
  }

  private Optional<CorsRule> matching(MotoRequest request, S3Address address) {
    String origin = origin(request);
    if (origin == null || address.bucket() == null) {
      return Optional.empty();
    }
    String requested = request.header("Access-Control-Request-Method");
    String method = requested != null ? requested : request.method();
    return namespace
        .find(address.bucket())
        .flatMap(bucket -> bucket.configurations().get(CorsConfiguration.KIND))
        .flatMap(rules -> rules.match(origin, method, List.of()));
  }

  private static String origin(MotoRequest request) {
    return request.header("Origin");
  }

  private static void describe(CorsRule rule, String origin, BiConsumer<String, String> header) {
    boolean anyOrigin = "*".equals(rule.originMatching(origin));
    header.accept("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
    header.accept("Access-Control-Allow-Methods", String.join(", ", rule.allowedMethods()));
    if (!rule.exposeHeaders().isEmpty()) {
      header.accept("Access-Control-Expose-Headers", String.join(", ", rule.exposeHeaders()));
    }
    if (rule.maxAgeSeconds() != null) {
      header.accept("Access-Control-Max-Age", Integer.toString(rule.maxAgeSeconds()));
    }
    if (!anyOrigin) {
      header.accept("Access-Control-Allow-Credentials", "true");
    }
    header.accept("Vary", VARY);
  }

  private static List<String> requestedHeaders(String header) {
    List<String> names = new ArrayList<>();
    if (header != null) {
      for (String name : header.split(",")) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        if (!trimmed.isEmpty()) {
          names.add(trimmed);
        }
      }
    }
    return names;
  }

  private static AwsException forbidden(S3Errors error, String method, String resourceType) {
    return error.exception().with("Method", method).with("ResourceType", resourceType);
  }
}
