package org.moto4j.core;

import java.util.Optional;
import org.moto4j.core.auth.IssuedCredential;

/**
 * What an operation sees of the request it serves: the account it acts in, the region, the caller
 * and the request id.
 *
 * @param account the account the request acts in
 * @param region the region the request was sent to, {@code us-east-1} unless it says otherwise
 * @param requestId the id sent back in the response headers
 * @param accessKeyId the access key the request was signed with, or {@code null} if unsigned
 * @param credential the moto4j-issued credential behind that key, or {@code null}
 */
public record AccountContext(
    AccountId account,
    String region,
    String requestId,
    String accessKeyId,
    IssuedCredential credential) {

  /** The partition of the region: {@code aws}, {@code aws-cn}, {@code aws-us-gov}… */
  public String partition() {
    return Regions.partitionOf(region);
  }

  /** The moto4j-issued credential the request was signed with, if any. */
  public Optional<IssuedCredential> issuedCredential() {
    return Optional.ofNullable(credential);
  }

  /**
   * The caller's principal ARN: the issued credential's principal, or the account root for requests
   * signed with keys moto4j did not issue (as moto answers).
   */
  public String principalArn() {
    return credential != null ? credential.principalArn() : account.rootArn(partition());
  }
}
