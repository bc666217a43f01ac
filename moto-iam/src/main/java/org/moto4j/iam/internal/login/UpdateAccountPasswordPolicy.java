package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code UpdateAccountPasswordPolicy}: replaces the account's password policy whole; members left
 * out take AWS's defaults rather than keeping their current values, as AWS documents.
 */
public final class UpdateAccountPasswordPolicy implements QueryAction {

  private final IamBackends backends;

  public UpdateAccountPasswordPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    Integer minimumLength =
        validation.integer("MinimumPasswordLength", IamShapes.MINIMUM_PASSWORD_LENGTH);
    Boolean symbols = BooleanMember.read(request, validation, "RequireSymbols");
    Boolean numbers = BooleanMember.read(request, validation, "RequireNumbers");
    Boolean uppercase = BooleanMember.read(request, validation, "RequireUppercaseCharacters");
    Boolean lowercase = BooleanMember.read(request, validation, "RequireLowercaseCharacters");
    Boolean allowChange = BooleanMember.read(request, validation, "AllowUsersToChangePassword");
    Integer maxAge = validation.integer("MaxPasswordAge", IamShapes.MAX_PASSWORD_AGE);
    Integer reuse =
        validation.integer("PasswordReusePrevention", IamShapes.PASSWORD_REUSE_PREVENTION);
    Boolean hardExpiry = BooleanMember.read(request, validation, "HardExpiry");
    validation.check();
    backends
        .of(context)
        .loginProfiles()
        .setPolicy(
            new PasswordPolicy(
                minimumLength == null ? PasswordPolicy.DEFAULT_MINIMUM_LENGTH : minimumLength,
                isTrue(symbols),
                isTrue(numbers),
                isTrue(uppercase),
                isTrue(lowercase),
                isTrue(allowChange),
                maxAge,
                reuse,
                isTrue(hardExpiry)));
  }

  private static boolean isTrue(Boolean value) {
    return value != null && value;
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
