package org.moto4j.sts;

import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;

/**
 * {@code GetCallerIdentity}: who the request was signed by. A moto4j-issued credential answers its
 * principal (assumed role, IAM user, federated user…); any other key answers the account's root, as
 * moto does.
 */
final class GetCallerIdentity implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    // Optional.map treats a credential without a user id as absent.
    String userId =
        context.issuedCredential().map(IssuedCredential::userId).orElse(context.account().value());
    result
        .element("UserId", userId)
        .element("Account", context.account().value())
        .element("Arn", context.principalArn());
  }
}
