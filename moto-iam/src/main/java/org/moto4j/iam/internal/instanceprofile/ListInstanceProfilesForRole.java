package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.role.Role;

/**
 * {@code ListInstanceProfilesForRole}: the instance profiles holding a role, by name, a page at a
 * time.
 */
public final class ListInstanceProfilesForRole implements QueryAction {

  private final IamBackends backends;

  public ListInstanceProfilesForRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String roleName = validation.required("RoleName", IamShapes.ROLE_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    Role role = iam.roles().get(roleName);
    Page<InstanceProfile> page = iam.instanceProfiles().holding(role.id(), paging);
    page.writeTo(
        result,
        "InstanceProfiles",
        profile ->
            InstanceProfileXml.write(
                result, "member", profile, iam, InstanceProfileXml.View.LISTED));
  }
}
