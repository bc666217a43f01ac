package org.moto4j.iam.internal.mfa;

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

/** {@code TagMFADevice}: sets tags over a virtual device's. */
public final class TagMFADevice implements QueryAction {

  private final IamBackends backends;

  public TagMFADevice(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    List<Tag> tags = Tags.read(validation, "Tags", true);
    validation.check();
    backends.of(context).mfaDevices().tag(serial, Tags.of(tags));
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
