package org.moto4j.iam.internal.report;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;

/**
 * {@code GenerateCredentialReport}: {@code STARTED} when it generates a new report, {@code
 * COMPLETE} while the last one is under four hours old.
 */
public final class GenerateCredentialReport implements QueryAction {

  private static final String STARTED = "No report exists. Starting a new report generation task";

  private final IamBackends backends;

  public GenerateCredentialReport(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    IamBackend iam = backends.of(context);
    CredentialReports.State state =
        iam.credentialReports().generate(() -> CredentialReportCsv.render(iam));
    result.element("State", state.name());
    if (state == CredentialReports.State.STARTED) {
      result.element("Description", STARTED);
    }
  }
}
