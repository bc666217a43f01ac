package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteSigningCertificate}: removes a certificate of the named user or the caller. */
public final class DeleteSigningCertificate implements QueryAction {

  private final IamBackends backends;

  public DeleteSigningCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    String id = validation.required("CertificateId", IamShapes.CERTIFICATE_ID);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.signingCertificates().delete(Caller.keyOwner(userName, context, iam), id);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
