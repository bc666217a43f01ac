package org.moto4j.core.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/** Two tiny services, one per protocol, to drive the dispatcher without any real service. */
final class TestServices {

  private TestServices() {}

  static final ServiceDescriptor QUERY =
      new ServiceDescriptor(
          "echo", Protocol.QUERY, "https://echo.example.com/doc/2020-01-01/", "2020-01-01", true);
  static final ServiceDescriptor REST =
      new ServiceDescriptor(
          "s3", Protocol.REST_XML, "http://s3.amazonaws.com/doc/2006-03-01/", null, true);

  /** A query service with actions Echo (implemented), Later (in the API, not implemented), Boom. */
  static final class EchoService implements MotoService {
    @Override
    public ServiceDescriptor descriptor() {
      return QUERY;
    }

    @Override
    public Module module() {
      return new AbstractModule() {};
    }

    @Override
    public Class<? extends ServiceHandler> handler() {
      return EchoRouter.class;
    }

    @Override
    public Set<String> queryActions() {
      return Set.of("Echo", "Later", "Boom");
    }
  }

  static final class EchoRouter implements ServiceHandler {
    private final QueryRouter router =
        new QueryRouter(
            QUERY,
            Set.of("Echo", "Later", "Boom"),
            Map.of(
                "Echo",
                (QueryAction)
                    (request, context, result) ->
                        result
                            .element("Account", context.account().value())
                            .element("Region", context.region())
                            .element("Arn", context.principalArn())
                            .element("Said", request.get("Say")),
                "Boom",
                (request, context, result) -> {
                  throw new IllegalStateException("kaboom");
                }));

    @Override
    public MotoResponse handle(MotoRequest request, AccountContext context) {
      return router.handle(request, context);
    }
  }

  /** A REST service keeping one value per account: PUT /name stores, GET /name reads. */
  static final class RestService implements MotoService {
    @Override
    public ServiceDescriptor descriptor() {
      return REST;
    }

    @Override
    public Module module() {
      return new AbstractModule() {
        @Override
        protected void configure() {
          Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(Store.class);
        }
      };
    }

    @Override
    public Class<? extends ServiceHandler> handler() {
      return RestHandler.class;
    }
  }

  @Singleton
  static final class Store implements ResetListener {
    final Map<AccountId, String> values = new ConcurrentHashMap<>();

    @Override
    public void resetAll() {
      values.clear();
    }

    @Override
    public void reset(AccountId account) {
      values.remove(account);
    }
  }

  static final class RestHandler implements ServiceHandler {
    private final Store store;

    @Inject
    RestHandler(Store store) {
      this.store = store;
    }

    @Override
    public MotoResponse handle(MotoRequest request, AccountContext context) {
      String name = request.rawPath().substring(1);
      if (request.method().equals("PUT")) {
        store.values.put(context.account(), name);
        return MotoResponse.status(200);
      }
      String value = store.values.get(context.account());
      if (value == null) {
        throw new AwsException("NoSuchThing", 404, "Nothing stored").with("Name", name);
      }
      return MotoResponse.status(200).xml("<Value>" + value + "</Value>");
    }
  }
}
