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
 * {@code GetServiceLinkedRoleDeletionStatus}: {@code SUCCEEDED} for a task of this account, since
 * moto4j deletes at once.
 */
public final class GetServiceLinkedRoleDeletionStatus implements QueryAction {

  private final IamBackends backends;

  public GetServiceLinkedRoleDeletionStatus(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String taskId = validation.required("DeletionTaskId", IamShapes.DELETION_TASK_ID);
    validation.check();
    String status =
        backends
            .of(context)
            .roles()
            .deletionStatus(taskId)
            .orElseThrow(() -> IamErrors.NO_SUCH_DELETION_TASK.exception(taskId));
    result.element("Status", status);
  }
}
