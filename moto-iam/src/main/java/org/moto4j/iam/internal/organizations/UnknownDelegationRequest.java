package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * The operations on one delegation request ({@code Get}, {@code Accept}, {@code Associate}, {@code
 * Reject}, {@code Update}, {@code SendDelegationToken}): no request can be created in moto4j (see
 * {@link CreateDelegationRequest}), so every id is unknown.
 */
public final class UnknownDelegationRequest implements QueryAction {

  private final boolean takesNotes;
  private final boolean hasResult;

  private UnknownDelegationRequest(boolean takesNotes, boolean hasResult) {
    this.takesNotes = takesNotes;
    this.hasResult = hasResult;
  }

  /** {@code GetDelegationRequest}. */
  public static UnknownDelegationRequest get() {
    return new UnknownDelegationRequest(false, true);
  }

  /** {@code Accept}, {@code Associate}, {@code SendDelegationToken}. */
  public static UnknownDelegationRequest change() {
    return new UnknownDelegationRequest(false, false);
  }

  /** {@code Reject} and {@code Update}, which carry notes. */
  public static UnknownDelegationRequest changeWithNotes() {
    return new UnknownDelegationRequest(true, false);
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String id = validation.required("DelegationRequestId", IamShapes.DELEGATION_REQUEST_ID);
    if (takesNotes) {
      validation.optional("Notes", IamShapes.NOTES);
    }
    validation.check();
    throw IamErrors.NO_SUCH_DELEGATION_REQUEST.exception(id);
  }

  @Override
  public boolean hasResult() {
    return hasResult;
  }
}
