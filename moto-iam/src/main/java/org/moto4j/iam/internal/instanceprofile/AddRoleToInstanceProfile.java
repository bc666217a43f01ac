package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code AddRoleToInstanceProfile}: puts a role into an instance profile, which holds at most one.
 */
public final class AddRoleToInstanceProfile implements QueryAction {

  private final IamBackends backends;

  public AddRoleToInstanceProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    String roleName = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    backends.of(context).roleChanges().addRoleToInstanceProfile(name, roleName);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
