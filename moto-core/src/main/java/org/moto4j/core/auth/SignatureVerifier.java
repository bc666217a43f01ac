package org.moto4j.core.auth;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.time.Clock;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.Protocol;

/**
 * Verifies a request's signature against the secret of the key it names, as AWS does when access
 * control is enforced. (Being written for issue 7: today it accepts every request.)
 */
@Singleton
public final class SignatureVerifier {

  private final CredentialRegistry credentials;
  private final Clock clock;

  @Inject
  SignatureVerifier(CredentialRegistry credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * Verifies {@code request}, signed as {@code signer} says, and answers who signed it.
   *
   * @throws org.moto4j.core.protocol.AwsException with the error {@code protocol}'s services answer
   *     (InvalidAccessKeyId, SignatureDoesNotMatch, InvalidClientTokenId…)
   */
  public IssuedCredential verify(
      MotoRequest request, RequestCredentials signer, Protocol protocol) {
    return signer.accessKeyId() == null
        ? null
        : credentials.find(signer.accessKeyId()).orElse(null);
  }
}
