package org.moto4j.iam.internal.accesskey;

import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GetAccessKeyLastUsed}: the key's owner and its last use, as moto4j's dispatcher recorded
 * it: when, to which service, signed for which region. A key never used answers as AWS does:
 * service and region {@code N/A}, no date.
 */
public final class GetAccessKeyLastUsed implements QueryAction {

  private static final String NEVER_USED = "N/A";

  private final IamBackends backends;

  public GetAccessKeyLastUsed(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String keyId = validation.required("AccessKeyId", IamShapes.ACCESS_KEY_ID);
    validation.check();
    IamBackend iam = backends.of(context);
    AccessKey key =
        iam.accessKeys()
            .find(keyId)
            .orElseThrow(() -> IamErrors.NO_SUCH_ACCESS_KEY.exception(keyId));
    Optional<CredentialRegistry.CredentialUse> use = iam.lastUse(keyId);
    result
        .optional("UserName", iam.userName(key.ownerId()).orElse(null))
        .start("AccessKeyLastUsed");
    if (use.isPresent()) {
      result
          .element("LastUsedDate", use.get().when())
          .element("ServiceName", use.get().service())
          .element("Region", use.get().region());
    } else {
      result.element("ServiceName", NEVER_USED).element("Region", NEVER_USED);
    }
    result.end();
  }
}
