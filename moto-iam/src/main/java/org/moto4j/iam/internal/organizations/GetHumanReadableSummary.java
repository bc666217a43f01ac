package org.moto4j.iam.internal.organizations;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GetHumanReadableSummary}: AWS summarises only delegation requests (with a language model);
 * none can exist in moto4j, so a delegation request's ARN is {@code NoSuchEntity} and any other
 * entity is {@code NOT_SUPPORTED}.
 */
public final class GetHumanReadableSummary implements QueryAction {

  private static final String DELEGATION_REQUEST = ":delegation-request/";

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("EntityArn", IamShapes.ARN);
    String locale = validation.optional("Locale", IamShapes.LOCALE);
    validation.check();
    int at = arn.indexOf(DELEGATION_REQUEST);
    if (at >= 0) {
      throw IamErrors.NO_SUCH_DELEGATION_REQUEST.exception(
          arn.substring(at + DELEGATION_REQUEST.length()));
    }
    result
        .element("Locale", locale == null ? "en" : locale)
        .element("SummaryState", "NOT_SUPPORTED");
  }
}
