package org.moto4j.iam.internal.report;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code GetServiceLastAccessedDetailsWithEntities}: the users and roles that used a service
 * through the job's group or policy; moto4j tracks no such use, so the list is always empty.
 */
public final class GetServiceLastAccessedDetailsWithEntities implements QueryAction {

  private final IamBackends backends;

  public GetServiceLastAccessedDetailsWithEntities(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String jobId = validation.required("JobId", IamShapes.JOB_ID);
    validation.required("ServiceNamespace", IamShapes.SERVICE_NAMESPACE);
    Paging.read(validation);
    validation.check();
    AccessReports.Job job = backends.of(context).accessReports().get(jobId);
    result
        .element("JobStatus", "COMPLETED")
        .element("JobCreationDate", job.created())
        .element("JobCompletionDate", job.created())
        .start("EntityDetailsList")
        .end()
        .element("IsTruncated", false);
  }
}
