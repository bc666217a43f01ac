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

/**
 * {@code CreateOpenIDConnectProvider}: a provider for an {@code https} issuer URL, one per URL. The
 * thumbprint list may be left out, as AWS now allows; moto4j then keeps none, since it never
 * connects to the issuer.
 */
public final class CreateOpenIDConnectProvider implements QueryAction {

  private final IamBackends backends;

  public CreateOpenIDConnectProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String url = validation.required("Url", IamShapes.OIDC_URL);
    List<String> clientIds =
        validation.strings("ClientIDList", IamShapes.CLIENT_ID_LIST, IamShapes.CLIENT_ID, false);
    List<String> thumbprints = OpenIdConnectProviderInput.readThumbprints(validation, false);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    String issuer = OpenIdConnectProviderInput.url(url);
    List<String> checkedThumbprints = OpenIdConnectProviderInput.thumbprints(thumbprints);
    Tags providerTags = Tags.of(tags);
    OpenIdConnectProvider provider =
        backends
            .of(context)
            .openIdConnectProviders()
            .create(
                issuer,
                clientIds == null ? List.of() : clientIds,
                checkedThumbprints,
                providerTags);
    result.element("OpenIDConnectProviderArn", provider.arn());
    provider.tags().writeTo(result);
  }
}
