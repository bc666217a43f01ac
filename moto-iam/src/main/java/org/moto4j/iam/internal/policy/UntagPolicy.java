package org.moto4j.iam.internal.policy;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UntagPolicy}: removes tags by key (any case); keys the policy lacks are ignored. */
public final class UntagPolicy implements QueryAction {

  private final IamBackends backends;

  public UntagPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    List<String> keys =
        validation.strings("TagKeys", IamShapes.TAG_KEY_LIST, IamShapes.TAG_KEY, true);
    validation.check();
    backends.of(context).policies().untag(arn, keys);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
