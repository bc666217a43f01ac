package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListSigningCertificates}: the certificates of the named user or the caller. */
public final class ListSigningCertificates implements QueryAction {

  private final IamBackends backends;

  public ListSigningCertificates(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    KeyOwner owner = Caller.keyOwner(userName, context, iam);
    Page<SigningCertificate> page = paging.page(iam.signingCertificates().ownedBy(owner.id()));
    page.writeTo(
        result,
        "Certificates",
        certificate ->
            CertificateXml.writeSigning(result, "member", owner.userName(), certificate));
  }
}
