package org.moto4j.iam.internal.provider;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/** {@code TagOpenIDConnectProvider}: sets tags over a provider's (keys of any case). */
public final class TagOpenIDConnectProvider implements QueryAction {

  private final IamBackends backends;

  public TagOpenIDConnectProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("OpenIDConnectProviderArn", IamShapes.ARN);
    List<Tag> tags = Tags.read(validation, "Tags", true);
    validation.check();
    backends.of(context).openIdConnectProviders().tag(arn, Tags.of(tags));
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
