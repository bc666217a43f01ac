package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code CreateDelegationRequest}: only partners AWS has onboarded may create delegation requests
 * (the API "is not available for general use"); moto4j onboards none, so a valid request is refused
 * after its members are checked.
 */
public final class CreateDelegationRequest implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    validation.optional("OwnerAccountId", IamShapes.ACCOUNT_ID);
    validation.required("Description", IamShapes.DELEGATION_REQUEST_DESCRIPTION);
    if (request.get("Permissions.PolicyTemplateArn") == null
        && request.list("Permissions.Parameters.member").isEmpty()
        && request.structures("Permissions.Parameters.member").isEmpty()) {
      validation.missing("Permissions");
    }
    validation.optional("Permissions.PolicyTemplateArn", IamShapes.ARN);
    validation.optional("RequestMessage", IamShapes.REQUEST_MESSAGE);
    validation.required("RequestorWorkflowId", IamShapes.REQUESTOR_WORKFLOW_ID);
    validation.optional("RedirectUrl", IamShapes.REDIRECT_URL);
    validation.required("NotificationChannel", IamShapes.NOTIFICATION_CHANNEL);
    if (request.get("SessionDuration") == null) {
      validation.missing("SessionDuration");
    }
    validation.integer("SessionDuration", IamShapes.SESSION_DURATION);
    validation.check();
    throw IamErrors.DELEGATION_NOT_ONBOARDED.exception();
  }
}
