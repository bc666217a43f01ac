package org.moto4j.sts;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import java.util.Map;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourceInventory;

/** Wires STS: its route table (one class per operation) behind {@link StsHandler}. */
final class StsModule extends AbstractModule {

  @Override
  protected void configure() {
    MapBinder<String, QueryAction> routes =
        MapBinder.newMapBinder(binder(), String.class, QueryAction.class);
    routes.addBinding("AssumeRole").to(AssumeRole.class);
    routes.addBinding("AssumeRoleWithSAML").to(AssumeRoleWithSaml.class);
    routes.addBinding("AssumeRoleWithWebIdentity").to(AssumeRoleWithWebIdentity.class);
    routes.addBinding("AssumeRoot").to(AssumeRoot.class);
    routes.addBinding("DecodeAuthorizationMessage").to(DecodeAuthorizationMessage.class);
    routes.addBinding("GetAccessKeyInfo").to(GetAccessKeyInfo.class);
    routes.addBinding("GetCallerIdentity").to(GetCallerIdentity.class);
    routes.addBinding("GetDelegatedAccessToken").to(GetDelegatedAccessToken.class);
    routes.addBinding("GetFederationToken").to(GetFederationToken.class);
    routes.addBinding("GetSessionToken").to(GetSessionToken.class);
    routes.addBinding("GetWebIdentityToken").to(GetWebIdentityToken.class);
    Multibinder.newSetBinder(binder(), ResourceInventory.class).addBinding().to(StsInventory.class);
    // Issue 7: the IAM permissions of each request, for access control.
    Multibinder.newSetBinder(binder(), PermissionMapping.class)
        .addBinding()
        .to(StsPermissions.class);
  }

  @Provides
  @Singleton
  QueryRouter router(Map<String, QueryAction> routes) {
    return new QueryRouter(StsService.DESCRIPTOR, StsService.OPERATIONS, routes);
  }
}
