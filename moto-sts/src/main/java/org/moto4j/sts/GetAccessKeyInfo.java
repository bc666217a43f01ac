package org.moto4j.sts;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code GetAccessKeyInfo}: the account an access key belongs to, read from the key itself as AWS
 * does (so it answers for any key in AWS's layout, issued by moto4j or not, active or deleted).
 */
final class GetAccessKeyInfo implements QueryAction {

  private final CredentialRegistry registry;

  @Inject
  GetAccessKeyInfo(CredentialRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String accessKeyId = input.required("AccessKeyId", StsShapes.ACCESS_KEY_ID);
    input.check();
    AccountId account =
        registry
            .find(accessKeyId)
            .map(IssuedCredential::account)
            .or(() -> AccessKeyIds.accountOf(accessKeyId))
            .orElseThrow(
                () ->
                    StsErrors.VALIDATION.exception(
                        "The access key ID '"
                            + accessKeyId
                            + "' does not encode an account: AWS access key IDs are AKIA or ASIA"
                            + " followed by the account in base32 (A-Z, 2-7)."));
    result.element("Account", account.value());
  }
}
