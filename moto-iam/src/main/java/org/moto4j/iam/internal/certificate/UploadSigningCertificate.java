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

/** {@code UploadSigningCertificate}: an X.509 certificate for the named user or the caller. */
public final class UploadSigningCertificate implements QueryAction {

  private final IamBackends backends;

  public UploadSigningCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    String body = validation.required("CertificateBody", IamShapes.CERTIFICATE_BODY);
    validation.check();
    IamBackend iam = backends.of(context);
    KeyOwner owner = Caller.keyOwner(userName, context, iam);
    SigningCertificate stored =
        iam.signingCertificates().upload(owner, body, PemMaterial.certificate(body));
    CertificateXml.writeSigning(result, "Certificate", owner.userName(), stored);
  }
}
