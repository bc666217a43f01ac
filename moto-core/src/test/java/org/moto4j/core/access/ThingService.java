package org.moto4j.core.access;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.IdentityPolicies;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/**
 * A tiny query service, {@code thing}, with the three access-control SPIs backed by maps a test
 * fills: GetThing and PutThing need {@code thing:<Action>} on {@code arn:aws:thing:::<Name>};
 * WhoAmI needs {@code sts:GetCallerIdentity}.
 */
final class ThingService implements MotoService {

  static final ServiceDescriptor DESCRIPTOR =
      new ServiceDescriptor(
          "thing", Protocol.QUERY, "https://thing.example.com/doc/2020-01-01/", "2020-01-01", true);

  @Override
  public ServiceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Module module() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        Multibinder.newSetBinder(binder(), PermissionMapping.class).addBinding().to(Mapping.class);
        Multibinder.newSetBinder(binder(), IdentityPolicies.class).addBinding().to(Policies.class);
        Multibinder.newSetBinder(binder(), ResourcePolicies.class).addBinding().to(Policies.class);
      }
    };
  }

  @Override
  public Class<? extends ServiceHandler> handler() {
    return Handler.class;
  }

  @Override
  public Set<String> queryActions() {
    return Set.of("GetThing", "PutThing", "WhoAmI");
  }

  static final class Handler implements ServiceHandler {
    private final QueryRouter router =
        new QueryRouter(
            DESCRIPTOR,
            Set.of("GetThing", "PutThing", "WhoAmI"),
            Map.of(
                "GetThing",
                (QueryAction) (request, context, result) -> result.element("Got", "yes"),
                "PutThing",
                (request, context, result) -> result.element("Put", "yes"),
                "WhoAmI",
                (request, context, result) -> result.element("Arn", context.principalArn())));

    @Override
    public MotoResponse handle(MotoRequest request, AccountContext context) {
      return router.handle(request, context);
    }
  }

  static final class Mapping implements PermissionMapping {
    @Override
    public String service() {
      return "thing";
    }

    @Override
    public List<RequiredPermission> permissionsOf(MotoRequest request, AccountContext context) {
      String action = first(request, "Action");
      if (action == null) {
        return List.of();
      }
      if (action.equals("WhoAmI")) {
        return List.of(RequiredPermission.of("sts:GetCallerIdentity", "*"));
      }
      String name = first(request, "Name");
      String owner = first(request, "Owner");
      return List.of(
          new RequiredPermission(
              "thing:" + action,
              "arn:aws:thing:::" + name,
              owner == null ? null : AccountId.of(owner),
              Map.of()));
    }

    private static String first(MotoRequest request, String name) {
      List<String> values = request.form().get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** Identity policies by principal ARN, resource policies by resource ARN. */
  @Singleton
  static final class Policies implements IdentityPolicies, ResourcePolicies {
    final Map<String, PrincipalPolicies> identities = new ConcurrentHashMap<>();
    final Map<String, ResourcePolicy> resources = new ConcurrentHashMap<>();

    @Override
    public Optional<PrincipalPolicies> policiesOf(IssuedCredential credential) {
      return Optional.ofNullable(identities.get(credential.principalArn()));
    }

    @Override
    public Optional<ResourcePolicy> policiesOf(RequiredPermission permission) {
      return Optional.ofNullable(resources.get(permission.resource()));
    }
  }

  static PolicySource identity(String json) {
    return new PolicySource(
        "p", "user", PolicyDocument.parse(json.replace('\'', '"'), PolicyKind.IDENTITY));
  }

  static PolicySource resource(String json) {
    return new PolicySource(
        "r", "resource", PolicyDocument.parse(json.replace('\'', '"'), PolicyKind.RESOURCE));
  }
}
