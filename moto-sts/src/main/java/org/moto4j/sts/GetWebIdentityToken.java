package org.moto4j.sts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code GetWebIdentityToken}: a signed JWT naming the caller, for external services that trust AWS
 * as an OIDC provider (outbound identity federation). Its claims follow AWS's documented sample:
 * {@code iss} (an account-specific issuer), {@code aud}, {@code sub} (the caller's ARN; a role
 * session names its role), {@code iat}, {@code exp}, {@code jti}, and AWS's own claims under {@code
 * https://sts.amazonaws.com/}, request tags included.
 */
final class GetWebIdentityToken implements QueryAction {

  static final int DEFAULT_DURATION_SECONDS = 300;
  static final String AWS_CLAIMS = "https://sts.amazonaws.com/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ASSUMED_ROLE =
      Pattern.compile("arn:([\\w-]+):sts::(\\d{12}):assumed-role/([^/]+)/.+");

  private final TemporaryCredentials credentials;
  private final WebIdentityTokenSigner signer;

  @Inject
  GetWebIdentityToken(TemporaryCredentials credentials, WebIdentityTokenSigner signer) {
    this.credentials = credentials;
    this.signer = signer;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    List<String> audiences =
        input.strings("Audience", StsShapes.AUDIENCES, StsShapes.AUDIENCE, true);
    Integer duration = input.integer("DurationSeconds", StsShapes.WEB_IDENTITY_TOKEN_DURATION);
    String algorithmName = input.required("SigningAlgorithm", StsShapes.JWT_ALGORITHM);
    WebIdentityTokenSigner.Algorithm algorithm = algorithm(algorithmName, input);
    List<SessionTag> tags = SessionMembers.tags(input, "Tags");
    input.check();

    Instant now = credentials.now();
    Instant expiration = now.plusSeconds(duration != null ? duration : DEFAULT_DURATION_SECONDS);
    IssuedCredential session = context.credential();
    if (session != null
        && session.expiration() != null
        && expiration.isAfter(session.expiration())) {
      throw StsErrors.SESSION_DURATION_ESCALATION.exception();
    }

    ObjectNode claims = JSON.createObjectNode();
    claims.put("iss", issuer(context.account()));
    if (audiences.size() == 1) {
      claims.put("aud", audiences.get(0));
    } else {
      ArrayNode aud = claims.putArray("aud");
      audiences.forEach(aud::add);
    }
    claims
        .put("sub", subject(context.principalArn()))
        .put("iat", now.getEpochSecond())
        .put("exp", expiration.getEpochSecond())
        .put("jti", UUID.randomUUID().toString());
    ObjectNode aws =
        claims
            .putObject(AWS_CLAIMS)
            .put("aws_account", context.account().value())
            .put("source_region", context.region());
    if (!tags.isEmpty()) {
      ObjectNode requestTags = aws.putObject("request_tags");
      tags.forEach(tag -> requestTags.put(tag.key(), tag.value()));
    }

    result
        .element("WebIdentityToken", signer.sign(algorithm, claims))
        .element("Expiration", TemporaryCredentials.timestamp(expiration));
  }

  /** The account's issuer URL; stable, as AWS's is once outbound federation is enabled. */
  static String issuer(AccountId account) {
    UUID id =
        UUID.nameUUIDFromBytes(
            ("moto4j-issuer:" + account.value()).getBytes(StandardCharsets.UTF_8));
    return "https://" + id + ".tokens.sts.global.api.aws";
  }

  /** The token's subject: the caller, a role session being named by its role. */
  static String subject(String principalArn) {
    Matcher session = ASSUMED_ROLE.matcher(principalArn);
    if (session.matches()) {
      return "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/" + session.group(3);
    }
    return principalArn;
  }

  private static WebIdentityTokenSigner.Algorithm algorithm(String name, Validation input) {
    if (name == null) {
      return null;
    }
    for (WebIdentityTokenSigner.Algorithm algorithm : WebIdentityTokenSigner.Algorithm.values()) {
      if (algorithm.name().equals(name)) {
        return algorithm;
      }
    }
    input.violation(
        "SigningAlgorithm",
        name,
        "Member must satisfy enum value set: "
            + Arrays.toString(WebIdentityTokenSigner.Algorithm.values()));
    return null;
  }
}
