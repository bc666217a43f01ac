package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code SimulatePrincipalPolicy}: the policies of a user (with its groups'), group or role, plus
 * any given as text; a boundary given as text replaces the entity's own.
 */
public final class SimulatePrincipalPolicy implements QueryAction {

  private final IamBackends backends;

  public SimulatePrincipalPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String source = validation.required("PolicySourceArn", IamShapes.ARN);
    SimulationInput input = SimulationInput.read(validation, false);
    PolicyExclusions exclusions = PolicyExclusions.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    PrincipalPolicies principal = PrincipalPolicies.of(iam, source, exclusions);
    List<PolicySource> identity = new ArrayList<>(principal.identity());
    identity.addAll(InputPolicies.parse("PolicyInputList", input.policies()));
    List<PolicySource> boundary =
        !input.boundaries().isEmpty()
            ? InputPolicies.parse("PermissionsBoundaryPolicyInputList", input.boundaries())
            : principal.boundary() == null ? List.of() : List.of(principal.boundary());
    PolicySource resourcePolicy = InputPolicies.resourcePolicy(input.resourcePolicy());
    String callerArn = input.callerArn();
    if (callerArn == null && principal.holder().kind() != PolicyHolderKind.GROUP) {
      callerArn = principal.holder().arn();
    }
    if (resourcePolicy != null && callerArn == null) {
      throw IamErrors.SIMULATION_CALLER_REQUIRED.exception();
    }
    RequestPrincipal caller =
        callerArn == null
            ? SimulatedCaller.unnamed(context.account())
            : SimulatedCaller.principal(callerArn);
    SimulateCustomPolicy.write(
        result, input, caller, Simulation.policies(identity, boundary, resourcePolicy));
  }
}
