package org.moto4j.iam.internal.simulate;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;

/** {@code SimulateCustomPolicy}: policies given as text, decided by core's evaluator. */
public final class SimulateCustomPolicy implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    SimulationInput input = SimulationInput.read(validation, true);
    validation.check();
    List<PolicySource> identity = InputPolicies.parse("PolicyInputList", input.policies());
    List<PolicySource> boundary =
        InputPolicies.parse("PermissionsBoundaryPolicyInputList", input.boundaries());
    PolicySource resourcePolicy = InputPolicies.resourcePolicy(input.resourcePolicy());
    if (resourcePolicy != null && input.callerArn() == null) {
      throw IamErrors.SIMULATION_CALLER_REQUIRED.exception();
    }
    RequestPrincipal caller =
        input.callerArn() == null
            ? SimulatedCaller.unnamed(context.account())
            : SimulatedCaller.principal(input.callerArn());
    write(result, input, caller, Simulation.policies(identity, boundary, resourcePolicy));
  }

  /** Runs the simulation and writes one page of its results; shared with the principal form. */
  static void write(
      XmlWriter result,
      SimulationInput input,
      RequestPrincipal caller,
      ApplicablePolicies policies) {
    String owner =
        input.resourceOwner() == null
            ? caller.accountId()
            : SimulatedCaller.owner(input.resourceOwner());
    Simulation simulation =
        new Simulation(
            caller,
            policies,
            input.actions(),
            input.resources() == null ? List.of() : input.resources(),
            owner,
            input.context());
    Page<ActionResult> page = input.paging().page(simulation.run());
    page.writeTo(result, "EvaluationResults", action -> SimulationXml.write(result, action));
  }
}
