package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListDelegationRequests}: always empty, as no delegation request can exist in moto4j. */
public final class ListDelegationRequests implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    validation.optional("OwnerId", IamShapes.OWNER_ID);
    Paging.read(validation);
    validation.check();
    // The model spells this member isTruncated, unlike every other IAM listing.
    result.start("DelegationRequests").end().element("isTruncated", false);
  }
}
