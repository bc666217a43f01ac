package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetServerCertificate}: a certificate's metadata, body, chain and tags. */
public final class GetServerCertificate implements QueryAction {

  private final IamBackends backends;

  public GetServerCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    validation.check();
    ServerCertificate certificate = backends.of(context).serverCertificates().get(name);
    result.start("ServerCertificate");
    CertificateXml.writeMetadata(result, "ServerCertificateMetadata", certificate);
    result
        .element("CertificateBody", certificate.body())
        .optional("CertificateChain", certificate.chain());
    certificate.tags().writeTo(result);
    result.end();
  }
}
