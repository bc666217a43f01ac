package org.moto4j.sts;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/** {@code AssumeRole}: credentials that act in the role's account as a session of the role. */
final class AssumeRole implements QueryAction {

  /** AWS caps sessions opened with role-session credentials (role chaining) at one hour. */
  private static final int CHAINED_MAX_SECONDS = 3600;

  private final RoleSessions sessions;

  @Inject
  AssumeRole(RoleSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String roleArn = input.required("RoleArn", StsShapes.ARN);
    String sessionName = input.required("RoleSessionName", StsShapes.ROLE_SESSION_NAME);
    List<String> policyArns = SessionMembers.policyArns(input, "PolicyArns");
    String policy = input.optional("Policy", StsShapes.UNRESTRICTED_SESSION_POLICY);
    if (policy != null && SessionPolicy.plaintextLength(policy) > SessionPolicy.MAX_PLAINTEXT) {
      input.violation(
          "Policy",
          policy,
          "Member must have length less than or equal to " + SessionPolicy.MAX_PLAINTEXT);
    }
    Integer duration = input.integer("DurationSeconds", StsShapes.ROLE_DURATION);
    List<SessionTag> tags = SessionMembers.tags(input, "Tags");
    input.strings("TransitiveTagKeys", StsShapes.TAG_KEYS, StsShapes.TAG_KEY, false);
    input.optional("ExternalId", StsShapes.EXTERNAL_ID);
    String serialNumber = input.optional("SerialNumber", StsShapes.SERIAL_NUMBER);
    String tokenCode = input.optional("TokenCode", StsShapes.TOKEN_CODE);
    String sourceIdentity = input.optional("SourceIdentity", StsShapes.SOURCE_IDENTITY);
    SessionMembers.providedContexts(input, "ProvidedContexts");
    input.check();

    RoleArn role = RoleSessions.roleArn(roleArn);
    boolean chained =
        context
            .issuedCredential()
            .filter(c -> c.kind() == IssuedCredential.Kind.ASSUMED_ROLE)
            .isPresent();
    if (chained && duration != null && duration > CHAINED_MAX_SECONDS) {
      throw StsErrors.VALIDATION.exception(
          "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by"
              + " role chaining.");
    }
    if (policy != null) {
      SessionPolicy.checkJson(policy);
    }
    Integer packedSize = SessionPolicy.packedSize(policy, policyArns, tags);

    IssuedCredential credential =
        sessions.open(
            role, sessionName, duration != null ? duration : RoleSessions.DEFAULT_DURATION_SECONDS);
    sessions.describe(
        credential,
        policy,
        policyArns,
        tags,
        sourceIdentity,
        context.principalArn(),
        serialNumber != null && tokenCode != null);
    TemporaryCredentials.write(result, credential);
    RoleSessions.writeAssumedRoleUser(result, role, sessionName);
    result.optional("PackedPolicySize", packedSize).optional("SourceIdentity", sourceIdentity);
  }
}
