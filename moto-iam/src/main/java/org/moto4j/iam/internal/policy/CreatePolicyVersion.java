package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code CreatePolicyVersion}: a new version of an account's policy, at most five in all. */
public final class CreatePolicyVersion implements QueryAction {

  private final IamBackends backends;

  public CreatePolicyVersion(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    String document = validation.required("PolicyDocument", IamShapes.POLICY_DOCUMENT);
    boolean asDefault =
        Boolean.TRUE.equals(BooleanMember.read(request, validation, "SetAsDefault"));
    validation.check();
    Policies policies = backends.of(context).policies();
    policies.ownPolicy(arn);
    CreatePolicy.checkManagedDocument(document);
    PolicyVersion version = policies.createVersion(arn, document, asDefault);
    PolicyXml.writeVersion(result, "PolicyVersion", policies.get(arn), version, false);
  }
}
