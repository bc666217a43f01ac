package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetPolicyVersion}: one version of a managed policy, its document URL-encoded. */
public final class GetPolicyVersion implements QueryAction {

  private final IamBackends backends;

  public GetPolicyVersion(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    String versionId = validation.required("VersionId", IamShapes.POLICY_VERSION_ID);
    validation.check();
    Policies policies = backends.of(context).policies();
    ManagedPolicy policy = policies.get(arn);
    PolicyVersion version = policies.version(arn, versionId);
    PolicyXml.writeVersion(result, "PolicyVersion", policy, version, true);
  }
}
