package org.moto4j.core.spi;

import java.util.Optional;
import org.moto4j.core.http.MotoRequest;

/**
 * Names the operation of a REST service's request, for the dispatcher's per-request log line
 * (query-protocol services need none: their {@code Action} names it). Contributed like {@link
 * ResourceInventory}, with Guice's set binder.
 */
public interface OperationNames {

  /** The service whose requests this names, such as {@code s3}. */
  String service();

  /** The operation the request was routed to, if it names one; called after it was answered. */
  Optional<String> operationOf(MotoRequest request);
}
