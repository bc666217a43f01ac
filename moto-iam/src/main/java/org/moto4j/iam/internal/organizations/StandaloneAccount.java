package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamErrors;

/**
 * The centralized root access operations ({@code ListOrganizationsFeatures}, {@code
 * Enable/DisableOrganizationsRootCredentialsManagement}, {@code
 * Enable/DisableOrganizationsRootSessions}): every moto4j account is a standalone account, outside
 * any AWS Organizations organization, so they answer {@code OrganizationNotFoundException}, as AWS
 * answers such an account.
 */
public final class StandaloneAccount implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    throw IamErrors.ORGANIZATION_NOT_FOUND.exception();
  }
}
