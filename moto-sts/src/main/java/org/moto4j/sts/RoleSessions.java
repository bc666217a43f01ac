package org.moto4j.sts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.XmlWriter;

/**
 * Opens role sessions for AssumeRole, AssumeRoleWithWebIdentity and AssumeRoleWithSAML. Any role
 * ARN may be assumed, whether IAM knows the role or not (as in moto): the session acts in the
 * role's account and partition.
 */
@Singleton
final class RoleSessions {

  /** The session length when the request names none. */
  static final int DEFAULT_DURATION_SECONDS = 3600;

  private final TemporaryCredentials credentials;

  @Inject
  RoleSessions(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  /**
   * The role an ARN names.
   *
   * @throws AwsException {@code ValidationError} when it names none
   */
  static RoleArn roleArn(String arn) {
    return RoleArn.parse(arn).orElseThrow(() -> invalidArn());
  }

  /** AWS's answer to an ARN that is not of the expected kind. */
  static AwsException invalidArn() {
    return StsErrors.VALIDATION.exception("Request ARN is invalid");
  }

  /** Issues the credentials of a new session of {@code role}. */
  IssuedCredential open(RoleArn role, String sessionName, long durationSeconds) {
    return credentials.issue(
        role.account(),
        role.sessionArn(sessionName),
        role.roleId() + ":" + sessionName,
        IssuedCredential.Kind.ASSUMED_ROLE,
        durationSeconds);
  }

  /** Records what a session was issued with, for access control. */
  void describe(
      IssuedCredential credential,
      String policy,
      java.util.List<String> policyArns,
      java.util.List<SessionTag> tags,
      String sourceIdentity,
      String issuerArn,
      boolean multiFactor) {
    credentials.describe(
        credential, policy, policyArns, tags, sourceIdentity, issuerArn, multiFactor);
  }

  /** Writes the {@code AssumedRoleUser} element. */
  static void writeAssumedRoleUser(XmlWriter xml, RoleArn role, String sessionName) {
    xml.start("AssumedRoleUser")
        .element("AssumedRoleId", role.roleId() + ":" + sessionName)
        .element("Arn", role.sessionArn(sessionName))
        .end();
  }
}
