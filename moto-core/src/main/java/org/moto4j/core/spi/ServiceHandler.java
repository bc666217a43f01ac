package org.moto4j.core.spi;

import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/**
 * A service's entry point: routes a request to one of its operations and answers it. Throws {@link
 * org.moto4j.core.protocol.AwsException} for every error AWS would answer.
 */
@FunctionalInterface
public interface ServiceHandler {

  MotoResponse handle(MotoRequest request, AccountContext context);
}
