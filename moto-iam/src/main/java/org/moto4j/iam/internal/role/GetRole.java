package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GetRole}: a role with its trust policy (URL-encoded, as AWS answers it), boundary, tags
 * and last use.
 */
public final class GetRole implements QueryAction {

  private final IamBackends backends;

  public GetRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    RoleXml.write(result, "Role", iam.withLastUse(iam.roles().get(name)), RoleXml.View.FULL);
  }
}
