package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateServerCertificate}: renames and/or moves a certificate; its ARN follows. */
public final class UpdateServerCertificate implements QueryAction {

  private final IamBackends backends;

  public UpdateServerCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    String newPath = validation.optional("NewPath", IamShapes.PATH);
    String newName =
        validation.optional("NewServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    validation.check();
    backends.of(context).serverCertificates().move(name, newName, newPath);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
