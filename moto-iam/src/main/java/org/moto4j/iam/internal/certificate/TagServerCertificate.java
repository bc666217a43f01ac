package org.moto4j.iam.internal.certificate;

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

/** {@code TagServerCertificate}: sets tags over a certificate's. */
public final class TagServerCertificate implements QueryAction {

  private final IamBackends backends;

  public TagServerCertificate(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("ServerCertificateName", IamShapes.SERVER_CERTIFICATE_NAME);
    List<Tag> tags = Tags.read(validation, "Tags", true);
    validation.check();
    backends.of(context).serverCertificates().tag(name, Tags.of(tags));
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
