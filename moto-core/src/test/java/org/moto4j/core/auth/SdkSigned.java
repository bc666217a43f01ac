package org.moto4j.core.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.moto4j.core.http.MotoRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests signed by the AWS SDK's own SigV4 signer, as moto4j receives them. */
final class SdkSigned {

  private SdkSigned() {}

  /** A request for {@code service} signed with the SDK's defaults for it. */
  static MotoRequest sign(
      AwsCredentialsIdentity identity,
      Clock clock,
      String service,
      String method,
      String uri,
      Map<String, String> headers,
      byte[] body,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
    SdkHttpRequest.Builder http =
        SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(URI.create(uri));
    headers.forEach(http::putHeader);
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r -> {
                  r.identity(identity)
                      .request(http.build())
                      .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                      .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                      .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                      .putProperty(HttpSigner.SIGNING_CLOCK, clock);
                  if (service.equals("s3")) {
                    r.putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false);
                  }
                  options.accept(r);
                });
    return toMoto(signed);
  }

  /** Presigns a GET for {@code service}, valid for {@code expires}. */
  static MotoRequest presign(
      AwsCredentialsIdentity identity, Clock clock, String service, String uri, Duration expires) {
    return sign(
        identity,
        clock,
        service,
        "GET",
        uri,
        Map.of(),
        null,
        r ->
            r.putProperty(
                    AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
  }

  static MotoRequest toMoto(SignedRequest signed) {
    SdkHttpRequest request = signed.request();
    MotoRequest.Builder builder =
        MotoRequest.builder(request.method().name(), request.encodedPath())
            .rawQuery(request.encodedQueryParameters().orElse(null));
    boolean host = false;
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      host |= header.getKey().equalsIgnoreCase("Host");
      header.getValue().forEach(value -> builder.header(header.getKey(), value));
    }
    if (!host) {
      boolean standardPort =
          (request.port() == 80 && request.protocol().equals("http"))
              || (request.port() == 443 && request.protocol().equals("https"));
      builder.header("Host", request.host() + (standardPort ? "" : ":" + request.port()));
    }
    signed.payload().ifPresent(payload -> builder.body(read(payload.newStream())));
    return builder.build();
  }

  private static InputStream read(InputStream in) {
    try (in) {
      return new ByteArrayInputStream(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
