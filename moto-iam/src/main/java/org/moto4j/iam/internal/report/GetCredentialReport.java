package org.moto4j.iam.internal.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code GetCredentialReport}: the last report's CSV, base64 as the model's blob is sent. */
public final class GetCredentialReport implements QueryAction {

  private final IamBackends backends;

  public GetCredentialReport(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    CredentialReports.Report report = backends.of(context).credentialReports().get();
    result
        .element(
            "Content",
            Base64.getEncoder().encodeToString(report.csv().getBytes(StandardCharsets.UTF_8)))
        .element("ReportFormat", "text/csv")
        .element("GeneratedTime", report.generated());
  }
}
