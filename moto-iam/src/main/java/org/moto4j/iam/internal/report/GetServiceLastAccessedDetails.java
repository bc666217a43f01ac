package org.moto4j.iam.internal.report;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code GetServiceLastAccessedDetails}: a completed job's services, by namespace, none of them
 * ever authenticated to (moto4j does not track access per service).
 */
public final class GetServiceLastAccessedDetails implements QueryAction {

  private final IamBackends backends;

  public GetServiceLastAccessedDetails(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String jobId = validation.required("JobId", IamShapes.JOB_ID);
    Paging paging = Paging.read(validation);
    validation.check();
    AccessReports.Job job = backends.of(context).accessReports().get(jobId);
    Page<AccessReports.Service> page = paging.page(job.services());
    result
        .element("JobStatus", "COMPLETED")
        .element("JobType", job.granularity())
        .element("JobCreationDate", job.created())
        .start("ServicesLastAccessed");
    for (AccessReports.Service service : page.items()) {
      result
          .start("member")
          .element("ServiceName", service.name())
          .element("ServiceNamespace", service.namespace())
          .element("TotalAuthenticatedEntities", 0);
      if (job.granularity().equals("ACTION_LEVEL")) {
        result.start("TrackedActionsLastAccessed").end();
      }
      result.end();
    }
    result.end().element("JobCompletionDate", job.created());
    page.writeTruncation(result);
  }
}
