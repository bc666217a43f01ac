package org.moto4j.iam.internal.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListPolicyVersions}: a policy's versions, newest first, without their documents. */
public final class ListPolicyVersions implements QueryAction {

  private final IamBackends backends;

  public ListPolicyVersions(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    Paging paging = Paging.read(validation);
    validation.check();
    ManagedPolicy policy = backends.of(context).policies().get(arn);
    List<PolicyVersion> newestFirst = new ArrayList<>(policy.versions());
    Collections.reverse(newestFirst);
    Page<PolicyVersion> page = paging.page(newestFirst);
    page.writeTo(
        result,
        "Versions",
        version -> PolicyXml.writeVersion(result, "member", policy, version, false));
  }
}
