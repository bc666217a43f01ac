package org.moto4j.sts;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code AssumeRoleWithSAML}: a role session for the subject of a SAML 2.0 assertion. Unsigned,
 * like on AWS. The session name comes from the assertion's {@code RoleSessionName} attribute, the
 * duration from the request, else the assertion's {@code SessionDuration}.
 */
final class AssumeRoleWithSaml implements QueryAction {

  static final String ATTRIBUTES = "https://aws.amazon.com/SAML/Attributes/";

  /** Where a SAML sign-in to AWS is addressed, when the assertion names no recipient. */
  static final String DEFAULT_AUDIENCE = "https://signin.aws.amazon.com/saml";

  private static final Pattern SAML_PROVIDER_ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:iam::(\\d{12}):saml-provider/([\\w+=,.@-]{1,128})");

  private final RoleSessions sessions;

  @Inject
  AssumeRoleWithSaml(RoleSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String roleArn = input.required("RoleArn", StsShapes.ARN);
    String principalArn = input.required("PrincipalArn", StsShapes.ARN);
    String encoded = input.required("SAMLAssertion", StsShapes.SAML_ASSERTION);
    List<String> policyArns = SessionMembers.policyArns(input, "PolicyArns");
    String policy = input.optional("Policy", StsShapes.SESSION_POLICY);
    Integer duration = input.integer("DurationSeconds", StsShapes.ROLE_DURATION);
    input.check();

    RoleArn role = RoleSessions.roleArn(roleArn);
    Matcher provider = SAML_PROVIDER_ARN.matcher(principalArn);
    if (!provider.matches()) {
      throw RoleSessions.invalidArn();
    }
    if (policy != null) {
      SessionPolicy.checkJson(policy);
    }
    Integer packedSize = SessionPolicy.packedSize(policy, policyArns, List.of());

    SamlAssertion assertion = SamlAssertion.decode(encoded);
    String sessionName =
        assertion
            .attribute(ATTRIBUTES + "RoleSessionName")
            .orElseThrow(
                () ->
                    StsErrors.INVALID_IDENTITY_TOKEN.exception(
                        "Invalid SAML assertion: it has no "
                            + ATTRIBUTES
                            + "RoleSessionName attribute."));
    if (!StsShapes.ROLE_SESSION_NAME.accepts(sessionName)) {
      throw StsErrors.INVALID_IDENTITY_TOKEN.exception(
          "Invalid SAML assertion: the RoleSessionName attribute '"
              + sessionName
              + "' must be 2 to 64 characters of [\\w+=,.@-].");
    }
    long seconds = duration != null ? duration : sessionDuration(assertion);
    String sourceIdentity =
        assertion
            .attribute(ATTRIBUTES + "SourceIdentity")
            .filter(StsShapes.SOURCE_IDENTITY::accepts)
            .orElse(null);
    String issuer = assertion.issuer() == null ? "" : assertion.issuer();

    IssuedCredential credential = sessions.open(role, sessionName, seconds);
    sessions.describe(credential, policy, policyArns, List.of(), sourceIdentity, issuer, false);
    TemporaryCredentials.write(result, credential);
    RoleSessions.writeAssumedRoleUser(result, role, sessionName);
    result
        .optional("PackedPolicySize", packedSize)
        .element("Subject", assertion.nameId())
        .optional("SubjectType", assertion.subjectType())
        .element("Issuer", issuer)
        .element(
            "Audience",
            assertion.recipient() != null
                ? assertion.recipient()
                : assertion.audience() != null ? assertion.audience() : DEFAULT_AUDIENCE)
        .element("NameQualifier", nameQualifier(issuer, provider.group(1), provider.group(2)))
        .optional("SourceIdentity", sourceIdentity);
  }

  /** The assertion's {@code SessionDuration} attribute, else the default hour. */
  private static long sessionDuration(SamlAssertion assertion) {
    String value = assertion.attribute(ATTRIBUTES + "SessionDuration").orElse(null);
    if (value == null) {
      return RoleSessions.DEFAULT_DURATION_SECONDS;
    }
    try {
      long seconds = Long.parseLong(value);
      if (seconds >= StsShapes.ROLE_DURATION.min() && seconds <= StsShapes.ROLE_DURATION.max()) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw StsErrors.INVALID_IDENTITY_TOKEN.exception(
        "Invalid SAML assertion: the SessionDuration attribute '"
            + value
            + "' must be a number of seconds from 900 to 43200.");
  }

  /**
   * AWS's documented {@code NameQualifier}: BASE64(SHA1(issuer + account id + "/" + provider
   * name)), which with the subject identifies a user.
   */
  static String nameQualifier(String issuer, String account, String providerName) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((issuer + account + "/" + providerName).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
