package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GenerateOrganizationsAccessReport}: reports on an organization entity, which a standalone
 * moto4j account has none of: a valid path answers {@code OrganizationNotFoundException}.
 */
public final class GenerateOrganizationsAccessReport implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    validation.required("EntityPath", IamShapes.ORGANIZATIONS_ENTITY_PATH);
    validation.optional("OrganizationsPolicyId", IamShapes.ORGANIZATIONS_POLICY_ID);
    validation.check();
    throw IamErrors.ORGANIZATION_NOT_FOUND.exception();
  }
}
