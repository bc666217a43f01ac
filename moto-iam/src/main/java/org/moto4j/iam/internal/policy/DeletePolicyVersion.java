package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeletePolicyVersion}: any version but the default, which only DeletePolicy removes. */
public final class DeletePolicyVersion implements QueryAction {

  private final IamBackends backends;

  public DeletePolicyVersion(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    String versionId = validation.required("VersionId", IamShapes.POLICY_VERSION_ID);
    validation.check();
    backends.of(context).policies().deleteVersion(arn, versionId);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
