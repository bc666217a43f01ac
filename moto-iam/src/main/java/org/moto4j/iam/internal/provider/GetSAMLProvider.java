package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetSAMLProvider}: a provider's metadata, dates, encryption mode and key ids. */
public final class GetSAMLProvider implements QueryAction {

  private final IamBackends backends;

  public GetSAMLProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("SAMLProviderArn", IamShapes.ARN);
    validation.check();
    SamlProvider provider = backends.of(context).samlProviders().get(arn);
    result
        .element("SAMLProviderUUID", provider.uuid())
        .element("SAMLMetadataDocument", provider.metadataDocument())
        .element("CreateDate", provider.createDate())
        .element("ValidUntil", provider.validUntil());
    provider.tags().writeTo(result);
    result.optional("AssertionEncryptionMode", provider.encryptionMode());
    if (!provider.privateKeys().isEmpty()) {
      result.start("PrivateKeyList");
      for (SamlProvider.PrivateKey key : provider.privateKeys()) {
        result
            .start("member")
            .element("KeyId", key.keyId())
            .element("Timestamp", key.timestamp())
            .end();
      }
      result.end();
    }
  }
}
