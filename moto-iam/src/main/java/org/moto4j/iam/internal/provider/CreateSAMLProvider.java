package org.moto4j.iam.internal.provider;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * {@code CreateSAMLProvider}: a provider from an IdP's SAML metadata, which must be XML with an
 * {@code EntityDescriptor}; its {@code validUntil} becomes the provider's {@code ValidUntil}.
 */
public final class CreateSAMLProvider implements QueryAction {

  private final IamBackends backends;

  public CreateSAMLProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String document = validation.required("SAMLMetadataDocument", IamShapes.SAML_METADATA);
    String name = validation.required("Name", IamShapes.SAML_PROVIDER_NAME);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    String mode =
        validation.optional("AssertionEncryptionMode", IamShapes.ASSERTION_ENCRYPTION_MODE);
    String privateKey = validation.optional("AddPrivateKey", IamShapes.PRIVATE_KEY);
    validation.check();
    Tags providerTags = Tags.of(tags);
    Optional<Instant> validUntil = SamlMetadata.validUntil(document);
    if (privateKey != null) {
      SamlPrivateKeys.check(privateKey);
    }
    SamlProvider provider =
        backends
            .of(context)
            .samlProviders()
            .create(name, document, validUntil, mode, privateKey != null, providerTags);
    result.element("SAMLProviderArn", provider.arn());
    provider.tags().writeTo(result);
  }
}
