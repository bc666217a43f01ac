package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code GetOrganizationsAccessReport}: no organizations report can be generated in a standalone
 * account, so every job id is unknown.
 */
public final class GetOrganizationsAccessReport implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String jobId = validation.required("JobId", IamShapes.JOB_ID);
    Paging.read(validation);
    validation.optional("SortKey", IamShapes.SORT_KEY);
    validation.check();
    throw IamErrors.NO_SUCH_ACCESS_JOB.exception(jobId);
  }
}
