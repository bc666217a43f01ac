package org.moto4j.core.auth;

import java.time.Instant;
import java.util.Objects;
import org.moto4j.core.AccountId;

/**
 * A credential moto4j handed out, and who it speaks for.
 *
 * @param accessKeyId the key id clients sign with
 * @param secretAccessKey its secret
 * @param sessionToken the session token of a temporary credential, else {@code null}
 * @param expiration when a temporary credential stops working, else {@code null}
 * @param account the account requests made with it act in
 * @param principalArn the ARN {@code GetCallerIdentity} answers, such as {@code
 *     arn:aws:sts::111111111111:assumed-role/my-role/session}
 * @param userId the id {@code GetCallerIdentity} answers as {@code UserId}
 * @param kind who issued it
 */
public record IssuedCredential(
    String accessKeyId,
    String secretAccessKey,
    String sessionToken,
    Instant expiration,
    AccountId account,
    String principalArn,
    String userId,
    Kind kind) {

  /** Who issued a credential, and for whom. */
  public enum Kind {
    /** IAM CreateAccessKey for a user. */
    IAM_USER,
    /** STS AssumeRole and its web-identity and SAML forms. */
    ASSUMED_ROLE,
    /** STS GetFederationToken. */
    FEDERATED_USER,
    /** STS GetSessionToken: the caller's own identity, temporary. */
    SESSION,
    /** STS AssumeRoot. */
    ROOT
  }

  public IssuedCredential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the credential has expired at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return expiration != null && !now.isBefore(expiration);
  }

  /** Whether this is a temporary (STS) credential. */
  public boolean isTemporary() {
    return sessionToken != null;
  }
}
