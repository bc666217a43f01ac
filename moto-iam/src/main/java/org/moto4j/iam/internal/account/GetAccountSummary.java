package org.moto4j.iam.internal.account;

import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/**
 * {@code GetAccountSummary}: the account's entity counts and AWS's default quotas, as the {@code
 * SummaryMap} ({@code <entry><key/><value/></entry>}) AWS answers.
 */
public final class GetAccountSummary implements QueryAction {

  private final IamBackends backends;

  public GetAccountSummary(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Map<String, Integer> summary = AccountSummary.of(backends.of(context));
    result.start("SummaryMap");
    summary.forEach(
        (key, value) -> result.start("entry").element("key", key).element("value", value).end());
    result.end();
  }
}
