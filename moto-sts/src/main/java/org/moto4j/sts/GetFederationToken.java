package org.moto4j.sts;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code GetFederationToken}: credentials for a federated user of the caller's account, {@code
 * arn:aws:sts::<account>:federated-user/<name>}. Callable with long-term credentials only; the root
 * user's sessions last at most an hour, as on AWS.
 */
final class GetFederationToken implements QueryAction {

  static final int DEFAULT_DURATION_SECONDS = 43200;

  private final TemporaryCredentials credentials;

  @Inject
  GetFederationToken(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String name = input.required("Name", StsShapes.USER_NAME);
    String policy = input.optional("Policy", StsShapes.SESSION_POLICY);
    List<String> policyArns = SessionMembers.policyArns(input, "PolicyArns");
    Integer duration = input.integer("DurationSeconds", StsShapes.SESSION_DURATION);
    List<SessionTag> tags = SessionMembers.tags(input, "Tags");
    input.check();
    LongTermCaller caller = LongTermCaller.of(context, "GetFederationToken");
    if (policy != null) {
      SessionPolicy.checkJson(policy);
    }
    Integer packedSize = SessionPolicy.packedSize(policy, policyArns, tags);

    long seconds = duration != null ? duration : DEFAULT_DURATION_SECONDS;
    if (caller.isRoot()) {
      seconds = Math.min(seconds, GetSessionToken.ROOT_MAX_SECONDS);
    }
    String account = context.account().value();
    String arn = "arn:" + context.partition() + ":sts::" + account + ":federated-user/" + name;
    String federatedUserId = account + ":" + name;
    IssuedCredential credential =
        credentials.issue(
            context.account(), arn, federatedUserId, IssuedCredential.Kind.FEDERATED_USER, seconds);
    credentials.describe(credential, policy, policyArns, tags, null, caller.principalArn(), false);
    TemporaryCredentials.write(result, credential);
    result
        .start("FederatedUser")
        .element("FederatedUserId", federatedUserId)
        .element("Arn", arn)
        .end()
        .optional("PackedPolicySize", packedSize);
  }
}
