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
 * {@code DeleteServiceLinkedRole}: deletes a service-linked role at once and answers the id of a
 * deletion task that has already succeeded.
 */
public final class DeleteServiceLinkedRole implements QueryAction {

  private final IamBackends backends;

  public DeleteServiceLinkedRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    Role role = iam.roleChanges().deleteServiceLinkedRole(name);
    result.element("DeletionTaskId", iam.roles().recordDeletionTask(role));
  }
}
