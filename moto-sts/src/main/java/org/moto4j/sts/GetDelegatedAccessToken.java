package org.moto4j.sts;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
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
 * {@code GetDelegatedAccessToken}: trades the token of an accepted IAM delegation request for
 * credentials of the principal that accepted it.
 *
 * <p>On AWS the trade-in token is opaque and IAM keeps what it stands for; moto4j's STS does not
 * see IAM, so the token carries it: a JWT, or base64 of a JSON object, whose {@code sub} claim is
 * the delegated principal's ARN and whose optional {@code exp} claim (seconds since the epoch) is
 * when the token stops being accepted.
 */
final class GetDelegatedAccessToken implements QueryAction {

  static final int DURATION_SECONDS = 3600;

  private static final Pattern PRINCIPAL_ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:(?:iam|sts)::(\\d{12}):(root|[a-z-]+/.+)");

  private final TemporaryCredentials credentials;

  @Inject
  GetDelegatedAccessToken(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String token = input.required("TradeInToken", StsShapes.TRADE_IN_TOKEN);
    input.check();

    Optional<JwtClaims> claims = JwtClaims.read(token).or(() -> JwtClaims.json(token));
    String principal =
        claims
            .flatMap(c -> c.text("sub"))
            .orElseThrow(
                () ->
                    StsErrors.VALIDATION.exception(
                        "The trade-in token is not one moto4j can read: expected a JWT or base64"
                            + " JSON whose 'sub' claim is the delegated principal's ARN."));
    Matcher arn = PRINCIPAL_ARN.matcher(principal);
    if (!arn.matches()) {
      throw StsErrors.VALIDATION.exception(
          "The trade-in token's principal '" + principal + "' is not an IAM principal ARN.");
    }
    Optional<Long> expires = claims.flatMap(c -> c.number("exp"));
    if (expires.isPresent() && !credentials.now().isBefore(Instant.ofEpochSecond(expires.get()))) {
      throw StsErrors.EXPIRED_TRADE_IN_TOKEN.exception();
    }

    AccountId account = AccountId.of(arn.group(1));
    String resource = arn.group(2);
    boolean role = resource.startsWith("role/") || resource.startsWith("assumed-role/");
    String userId =
        resource.equals("root")
            ? account.value()
            : UniqueIds.stable(role ? "AROA" : "AIDA", principal);
    IssuedCredential credential =
        credentials.issue(
            account,
            principal,
            userId,
            role ? IssuedCredential.Kind.ASSUMED_ROLE : IssuedCredential.Kind.SESSION,
            DURATION_SECONDS);
    TemporaryCredentials.write(result, credential);
    result.element("AssumedPrincipal", principal);
  }
}
