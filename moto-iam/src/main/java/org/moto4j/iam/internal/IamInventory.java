package org.moto4j.iam.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.BackendRegistry;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * IAM's resources for {@code GET /moto-api/data.json}, under moto's model names: {@code User},
 * {@code AccessKey} (never its secret) and {@code Role}, for every account and partition.
 */
@Singleton
public final class IamInventory implements ResourceInventory {

  private final BackendRegistry registry;
  private final BackendRegistry.Backends<IamBackend> backends;

  @Inject
  public IamInventory(BackendRegistry registry) {
    this.registry = registry;
    // A view that never creates a backend: listing must not bring an account into being.
    this.backends = registry.register("iam", IamBackend.class, key -> null);
  }

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public List<ModelInstance> instances() {
    List<ModelInstance> instances = new ArrayList<>();
    for (BackendRegistry.Key key : registry.keys()) {
      if (!key.service().equals("iam")) {
        continue;
      }
      IamBackend backend = backends.get(key.account(), key.scope());
      if (backend == null) {
        continue;
      }
      AccountId account = key.account();
      for (User user : backend.users().all()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", user.name());
        attributes.put("path", user.path());
        attributes.put("id", user.id());
        attributes.put("arn", user.arn());
        attributes.put("create_date", user.createDate().toString());
        instances.add(new ModelInstance("User", account, attributes));
        backend.accessKeys().ownedBy(user.id()).forEach(k -> instances.add(key(account, user, k)));
      }
      backend
          .accessKeys()
          .ownedBy(account.value())
          .forEach(k -> instances.add(key(account, null, k)));
      for (Role role : backend.roles().all()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", role.name());
        attributes.put("path", role.path());
        attributes.put("id", role.id());
        attributes.put("arn", role.arn());
        attributes.put("create_date", role.createDate().toString());
        attributes.put("assume_role_policy_document", role.assumeRolePolicyDocument());
        attributes.put("max_session_duration", role.maxSessionDuration());
        instances.add(new ModelInstance("Role", account, attributes));
      }
    }
    return instances;
  }

  private static ModelInstance key(AccountId account, User user, AccessKey key) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("access_key_id", key.id());
    attributes.put("user_name", user == null ? null : user.name());
    attributes.put("status", key.status().wireName());
    attributes.put("create_date", key.createDate().toString());
    return new ModelInstance("AccessKey", account, attributes);
  }
}
