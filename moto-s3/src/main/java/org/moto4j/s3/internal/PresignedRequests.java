package org.moto4j.s3.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.s3.S3Errors;

/**
 * The checks S3 makes of a presigned URL before any operation runs, whatever the enforcement mode:
 * SigV4 query authentication ({@code X-Amz-Algorithm}, {@code X-Amz-Credential}, {@code
 * X-Amz-Date}, {@code X-Amz-Expires}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature}) and
 * SigV2 query authentication ({@code AWSAccessKeyId}, {@code Expires}, {@code Signature}): every
 * parameter present and well formed, the URL not expired by the injected clock.
 *
 * <p>Signatures are not verified, as moto does not verify them: a test that presigns with any
 * secret gets in. The account the URL acts in comes from its access key, read by core's {@code
 * AccountResolver} like any other credential.
 */
@Singleton
public final class PresignedRequests {

  /** The longest a SigV4 presigned URL may live: seven days, in seconds. */
  static final long MAX_EXPIRES_SECONDS = 604_800;

  private static final List<String> SIGV4_PARAMETERS =
      List.of(
          "X-Amz-Algorithm",
          "X-Amz-Credential",
          "X-Amz-Signature",
          "X-Amz-Date",
          "X-Amz-SignedHeaders",
          "X-Amz-Expires");
  private static final List<String> SIGV2_PARAMETERS =
      List.of("AWSAccessKeyId", "Signature", "Expires");
  private static final List<String> ALGORITHMS =
      List.of("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256");
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  // SigV2 dates are 32-bit epoch seconds: S3 refuses an Expires from 2038 on.
  private static final long SIGV2_LATEST_EXPIRES = (1L << 31) - 1;

  private final Clock clock;

  @Inject
  public PresignedRequests(Clock clock) {
    this.clock = clock;
  }

  /**
   * Checks a request's presigned query authentication, if it has any.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AuthorizationQueryParametersError} for a
   *     missing or malformed SigV4 parameter, {@code AccessDenied} for an expired URL or SigV2
   *     parameters that are missing or malformed, {@code InvalidArgument} when the request also
   *     carries an {@code Authorization} header
   */
  public void check(MotoRequest request) {
    Map<String, List<String>> query = request.query();
    boolean sigV4 = SIGV4_PARAMETERS.stream().anyMatch(query::containsKey);
    boolean sigV2 = !sigV4 && SIGV2_PARAMETERS.stream().anyMatch(query::containsKey);
    if (!sigV4 && !sigV2) {
      return;
    }
    String authorization = request.header("Authorization");
    if (authorization != null) {
      throw S3Errors.INVALID_ARGUMENT
          .exception(
              "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter,"
                  + " Signature query string parameter or the Authorization header should be"
                  + " specified")
          .with("ArgumentName", "Authorization")
          .with("ArgumentValue", authorization);
    }
    if (sigV4) {
      checkSigV4(request);
    } else {
      checkSigV2(request);
    }
  }

  private void checkSigV4(MotoRequest request) {
    for (String parameter : SIGV4_PARAMETERS) {
      String value = request.queryParameter(parameter);
      if (value == null || value.isEmpty()) {
        throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
            "Query-string authentication version 4 requires the X-Amz-Algorithm,"
                + " X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and"
                + " X-Amz-Expires parameters.");
      }
    }
    if (!ALGORITHMS.contains(request.queryParameter("X-Amz-Algorithm"))) {
      throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
          "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
    }
    Instant date = amzDate(request.queryParameter("X-Amz-Date"));
    long expires = amzExpires(request.queryParameter("X-Amz-Expires"));
    Instant expiry = date.plusSeconds(expires);
    Instant now = clock.instant();
    if (now.isAfter(expiry)) {
      throw S3Errors.REQUEST_EXPIRED
          .exception()
          .with("X-Amz-Expires", Long.toString(expires))
          .with("Expires", expiry.toString())
          .with("ServerTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
    }
  }

  private void checkSigV2(MotoRequest request) {
    for (String parameter : SIGV2_PARAMETERS) {
      if (request.queryParameter(parameter) == null) {
        throw S3Errors.PRESIGNED_V2_PARAMETERS_MISSING.exception();
      }
    }
    String text = request.queryParameter("Expires");
    long expires;
    try {
      expires = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw S3Errors.PRESIGNED_V2_INVALID_EXPIRES.exception(text);
    }
    if (expires > SIGV2_LATEST_EXPIRES) {
      throw S3Errors.PRESIGNED_V2_INVALID_EXPIRES.exception(text);
    }
    Instant expiry = Instant.ofEpochSecond(expires);
    Instant now = clock.instant();
    if (now.isAfter(expiry)) {
      throw S3Errors.REQUEST_EXPIRED
          .exception()
          .with("Expires", expiry.toString())
          .with("ServerTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
    }
  }

  private static Instant amzDate(String text) {
    try {
      return LocalDateTime.parse(text, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
          "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    }
  }

  private static long amzExpires(String text) {
    long expires;
    try {
      expires = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
          "X-Amz-Expires should be a number");
    }
    if (expires < 0) {
      throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
          "X-Amz-Expires must be non-negative");
    }
    if (expires > MAX_EXPIRES_SECONDS) {
      throw S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(
          "X-Amz-Expires must be less than a week (in seconds) that is 604800");
    }
    return expires;
  }
}
