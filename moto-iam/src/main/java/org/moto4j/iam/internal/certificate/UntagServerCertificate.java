package org.moto4j.iam.internal.certificate;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UntagServerCertificate}: removes tags by key (any case). */
public final class UntagServerCertificate implements QueryAction {

  private final IamBackends backends;

  public UntagServerCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    List<String> keys =
        validation.strings("TagKeys", IamShapes.TAG_KEY_LIST, IamShapes.TAG_KEY, true);
    validation.check();
    backends.of(context).serverCertificates().untag(name, keys);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
