package org.moto4j.sts;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code AssumeRoleWithWebIdentity}: a role session for the holder of an OIDC token or OAuth 2.0
 * access token. Unsigned, like on AWS. The token is not verified (moto4j trusts every provider, as
 * moto does); the subject, audience and provider are read from it when it is a JWT.
 */
final class AssumeRoleWithWebIdentity implements QueryAction {

  /** The claim an identity provider sets a source identity with. */
  static final String SOURCE_IDENTITY_CLAIM = "https://aws.amazon.com/source_identity";

  // What an opaque OAuth 2.0 token yields, taken from AWS's documented example.
  static final String DEFAULT_AUDIENCE = "client.5498841531868486423.1548@apps.example.com";
  static final String DEFAULT_PROVIDER = "www.amazon.com";

  private final RoleSessions sessions;

  @Inject
  AssumeRoleWithWebIdentity(RoleSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String roleArn = input.required("RoleArn", StsShapes.ARN);
    String sessionName = input.required("RoleSessionName", StsShapes.ROLE_SESSION_NAME);
    String token = input.required("WebIdentityToken", StsShapes.WEB_IDENTITY_TOKEN);
    String providerId = input.optional("ProviderId", StsShapes.PROVIDER_ID);
    List<String> policyArns = SessionMembers.policyArns(input, "PolicyArns");
    String policy = input.optional("Policy", StsShapes.SESSION_POLICY);
    Integer duration = input.integer("DurationSeconds", StsShapes.ROLE_DURATION);
    input.check();

    RoleArn role = RoleSessions.roleArn(roleArn);
    if (policy != null) {
      SessionPolicy.checkJson(policy);
    }
    Integer packedSize = SessionPolicy.packedSize(policy, policyArns, List.of());

    Optional<JwtClaims> claims = JwtClaims.read(token);
    String subject =
        claims
            .flatMap(c -> c.text("sub"))
            .orElseGet(() -> UniqueIds.stable("amzn1.account.", token));
    String audience = claims.flatMap(c -> c.text("aud")).orElse(DEFAULT_AUDIENCE);
    String provider =
        claims
            .flatMap(c -> c.text("iss"))
            .orElse(providerId != null ? providerId : DEFAULT_PROVIDER);
    String sourceIdentity =
        claims
            .flatMap(c -> c.text(SOURCE_IDENTITY_CLAIM))
            .filter(StsShapes.SOURCE_IDENTITY::accepts)
            .orElse(null);

    IssuedCredential credential =
        sessions.open(
            role, sessionName, duration != null ? duration : RoleSessions.DEFAULT_DURATION_SECONDS);
    sessions.describe(credential, policy, policyArns, List.of(), sourceIdentity, provider, false);
    TemporaryCredentials.write(result, credential);
    result.element("SubjectFromWebIdentityToken", subject);
    RoleSessions.writeAssumedRoleUser(result, role, sessionName);
    result
        .optional("PackedPolicySize", packedSize)
        .element("Provider", provider)
        .element("Audience", audience)
        .optional("SourceIdentity", sourceIdentity);
  }
}
