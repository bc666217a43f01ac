package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code CreateServiceLinkedRole}: the role a service acts through, named and placed as AWS does
 * ({@code /aws-service-role/<service>/AWSServiceRoleFor…}).
 */
public final class CreateServiceLinkedRole implements QueryAction {

  private final IamBackends backends;

  public CreateServiceLinkedRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String service = validation.required("AWSServiceName", IamShapes.GROUP_NAME);
    String description = validation.optional("Description", IamShapes.ROLE_DESCRIPTION);
    String suffix = validation.optional("CustomSuffix", IamShapes.CUSTOM_SUFFIX);
    validation.check();
    ServiceLinkedRoleName naming = ServiceLinkedRoleName.of(service);
    if (suffix != null && !naming.suffixAllowed()) {
      throw IamErrors.CUSTOM_SUFFIX_NOT_ALLOWED.exception(service);
    }
    String name = suffix == null ? naming.roleName() : naming.roleName() + "_" + suffix;
    Role role =
        backends.of(context).roleChanges().createServiceLinkedRole(naming, name, description);
    RoleXml.write(result, "Role", role, RoleXml.View.FULL);
  }
}
