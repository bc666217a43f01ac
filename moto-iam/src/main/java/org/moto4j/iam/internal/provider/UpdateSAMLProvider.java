package org.moto4j.iam.internal.provider;

import java.time.Instant;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code UpdateSAMLProvider}: new metadata, a new encryption mode, or a private key added or
 * removed (not both at once); a request that changes nothing is refused, as in AWS.
 */
public final class UpdateSAMLProvider implements QueryAction {

  private final IamBackends backends;

  public UpdateSAMLProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String document = validation.optional("SAMLMetadataDocument", IamShapes.SAML_METADATA);
    String arn = validation.required("SAMLProviderArn", IamShapes.ARN);
    String mode =
        validation.optional("AssertionEncryptionMode", IamShapes.ASSERTION_ENCRYPTION_MODE);
    String addKey = validation.optional("AddPrivateKey", IamShapes.PRIVATE_KEY);
    String removeKey = validation.optional("RemovePrivateKey", IamShapes.PRIVATE_KEY_ID);
    validation.check();
    if (document == null && mode == null && addKey == null && removeKey == null) {
      throw IamErrors.SAML_NO_UPDATE.exception();
    }
    if (addKey != null && removeKey != null) {
      throw IamErrors.SAML_ADD_AND_REMOVE_KEY.exception();
    }
    Optional<Instant> validUntil =
        document == null ? Optional.empty() : SamlMetadata.validUntil(document);
    if (addKey != null) {
      SamlPrivateKeys.check(addKey);
    }
    SamlProvider provider =
        backends
            .of(context)
            .samlProviders()
            .update(arn, document, validUntil, mode, addKey != null, removeKey);
    result.element("SAMLProviderArn", provider.arn());
  }
}
