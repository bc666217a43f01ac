package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListServerCertificateTags}: a certificate's tags, a page at a time. */
public final class ListServerCertificateTags implements QueryAction {

  private final IamBackends backends;

  public ListServerCertificateTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    ServerCertificate certificate = backends.of(context).serverCertificates().get(name);
    certificate.tags().writePage(result, paging);
  }
}
