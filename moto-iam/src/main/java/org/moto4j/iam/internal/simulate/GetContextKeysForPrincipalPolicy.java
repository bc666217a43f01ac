package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GetContextKeysForPrincipalPolicy}: the context keys the identity policies of a user (with
 * its groups'), group or role read, plus those of policies given as text.
 */
public final class GetContextKeysForPrincipalPolicy implements QueryAction {

  private final IamBackends backends;

  public GetContextKeysForPrincipalPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String source = validation.required("PolicySourceArn", IamShapes.ARN);
    List<String> documents =
        validation.strings(
            "PolicyInputList", IamShapes.SIMULATION_POLICY_LIST, IamShapes.POLICY_DOCUMENT, false);
    validation.check();
    IamBackend iam = backends.of(context);
    List<PolicySource> policies =
        new ArrayList<>(PrincipalPolicies.of(iam, source, PolicyExclusions.NONE).identity());
    if (documents != null) {
      policies.addAll(InputPolicies.parse("PolicyInputList", documents));
    }
    GetContextKeysForCustomPolicy.write(result, policies);
  }
}
