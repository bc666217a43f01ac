package org.moto4j.iam.internal.certificate;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListServerCertificates}: metadata of the certificates under a path prefix, by name. */
public final class ListServerCertificates implements QueryAction {

  private final IamBackends backends;

  public ListServerCertificates(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.PATH_PREFIX);
    Paging paging = Paging.read(validation);
    validation.check();
    Page<ServerCertificate> page =
        backends
            .of(context)
            .serverCertificates()
            .list(pathPrefix == null ? "/" : pathPrefix, paging);
    page.writeTo(
        result,
        "ServerCertificateMetadataList",
        certificate -> CertificateXml.writeMetadata(result, "member", certificate));
  }
}
