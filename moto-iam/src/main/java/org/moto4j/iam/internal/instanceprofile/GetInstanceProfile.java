package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetInstanceProfile}: an instance profile with its role and tags. */
public final class GetInstanceProfile implements QueryAction {

  private final IamBackends backends;

  public GetInstanceProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    InstanceProfileXml.write(
        result,
        "InstanceProfile",
        iam.instanceProfiles().get(name),
        iam,
        InstanceProfileXml.View.FULL);
  }
}
