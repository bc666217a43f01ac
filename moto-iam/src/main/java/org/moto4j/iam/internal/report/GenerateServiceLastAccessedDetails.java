package org.moto4j.iam.internal.report;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GenerateServiceLastAccessedDetails}: a job on a user, group, role or managed policy,
 * computed at once from the policies that apply to it.
 */
public final class GenerateServiceLastAccessedDetails implements QueryAction {

  private final IamBackends backends;

  public GenerateServiceLastAccessedDetails(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("Arn", IamShapes.ARN);
    String granularity = validation.optional("Granularity", IamShapes.ACCESS_ADVISOR_GRANULARITY);
    validation.check();
    IamBackend iam = backends.of(context);
    List<String> documents = AccessedEntity.policyDocuments(iam, arn);
    AccessReports.Job job =
        iam.accessReports()
            .generate(
                arn,
                granularity == null ? "SERVICE_LEVEL" : granularity,
                ServiceGrants.of(documents));
    result.element("JobId", job.jobId());
  }
}
