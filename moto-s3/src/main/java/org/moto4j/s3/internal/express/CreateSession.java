package org.moto4j.s3.internal.express;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket?session}: temporary credentials for a directory bucket's zonal endpoint, valid
 * five minutes as S3 Express issues them. They are registered in core's {@link CredentialRegistry},
 * so requests signed with them (the SDK signs S3 Express requests with the session key and {@code
 * x-amz-s3session-token}) act in the caller's account. The zonal endpoint knows only directory
 * buckets: a general purpose bucket answers NoSuchBucket.
 */
public final class CreateSession implements S3Operation {

  /** How long an S3 Express session lasts. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private final BucketAccess access;
  private final CredentialRegistry credentials;
  private final Clock clock;

  @Inject
  public CreateSession(BucketAccess access, CredentialRegistry credentials, Clock clock) {
    this.access = access;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    if (!DirectoryBuckets.isDirectory(bucket)) {
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
    String mode = request.header("x-amz-create-session-mode");
    if (mode != null && !mode.equals("ReadWrite") && !mode.equals("ReadOnly")) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("Invalid session mode")
          .with("ArgumentName", "x-amz-create-session-mode")
          .with("ArgumentValue", mode);
    }
    Instant expiration = clock.instant().plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS);
    IssuedCredential session =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, context.account()),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            expiration,
            context.account(),
            context.principalArn(),
            context
                .issuedCredential()
                .map(IssuedCredential::userId)
                .orElse(context.account().value()),
            IssuedCredential.Kind.SESSION);
    credentials.register(session);
    String xml =
        XmlWriter.document()
            .start("CreateSessionResult", S3Service.NAMESPACE)
            .start("Credentials")
            .element("AccessKeyId", session.accessKeyId())
            .element("SecretAccessKey", session.secretAccessKey())
            .element("SessionToken", session.sessionToken())
            .element("Expiration", expiration)
            .end()
            .end()
            .toXml();
    MotoResponse response = MotoResponse.status(200).xml(xml);
    // The session's encryption is the bucket's default: SSE-S3 unless configured otherwise.
    return response.header("x-amz-server-side-encryption", "AES256");
  }
}
