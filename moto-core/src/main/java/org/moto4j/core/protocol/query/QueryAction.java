package org.moto4j.core.protocol.query;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;

/**
 * One query-protocol operation. It writes the members of its {@code <ActionResult>} element; the
 * router writes the envelope ({@code <ActionResponse>}, {@code ResponseMetadata}) around them.
 */
@FunctionalInterface
public interface QueryAction {

  void handle(QueryRequest request, AccountContext context, XmlWriter result);

  /** Whether the operation's response has a result element (AWS omits it for empty outputs). */
  default boolean hasResult() {
    return true;
  }
}
