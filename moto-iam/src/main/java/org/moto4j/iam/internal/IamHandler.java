package org.moto4j.iam.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.ServiceHandler;
import org.moto4j.iam.IamService;

/** IAM's entry point: routes each request by {@code Action} through {@link IamRoutes}. */
@Singleton
public final class IamHandler implements ServiceHandler {

  private final QueryRouter router;

  @Inject
  public IamHandler(IamBackends backends) {
    this.router =
        new QueryRouter(IamService.DESCRIPTOR, IamService.ACTIONS, IamRoutes.table(backends));
  }

  @Override
  public MotoResponse handle(MotoRequest request, AccountContext context) {
    return router.handle(request, context);
  }
}
