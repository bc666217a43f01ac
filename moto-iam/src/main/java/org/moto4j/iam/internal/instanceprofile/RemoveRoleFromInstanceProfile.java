package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code RemoveRoleFromInstanceProfile}: takes a role out of an instance profile. */
public final class RemoveRoleFromInstanceProfile implements QueryAction {

  private final IamBackends backends;

  public RemoveRoleFromInstanceProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    String roleName = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    backends.of(context).roleChanges().removeRoleFromInstanceProfile(name, roleName);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
