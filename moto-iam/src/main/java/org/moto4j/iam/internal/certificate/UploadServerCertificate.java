package org.moto4j.iam.internal.certificate;

import java.security.cert.X509Certificate;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/**
 * {@code UploadServerCertificate}: a PEM certificate, its private key (which must be the
 * certificate's, and is not kept) and an optional chain; expiration read from the certificate.
 */
public final class UploadServerCertificate implements QueryAction {

  private final IamBackends backends;

  public UploadServerCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String path = validation.optional("Path", IamShapes.PATH);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    String body = validation.required("CertificateBody", IamShapes.CERTIFICATE_BODY);
    String privateKey = validation.required("PrivateKey", IamShapes.PRIVATE_KEY);
    String chain = validation.optional("CertificateChain", IamShapes.CERTIFICATE_CHAIN);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags certificateTags = Tags.of(tags);
    X509Certificate certificate = PemMaterial.certificate(body);
    if (chain != null) {
      PemMaterial.checkChain(chain);
    }
    PemMaterial.checkKeyPair(certificate, privateKey);
    ServerCertificate stored =
        backends
            .of(context)
            .serverCertificates()
            .create(
                name,
                path == null ? "/" : path,
                body,
                chain,
                certificate.getNotAfter().toInstant(),
                certificateTags);
    CertificateXml.writeMetadata(result, "ServerCertificateMetadata", stored);
    stored.tags().writeTo(result);
  }
}
