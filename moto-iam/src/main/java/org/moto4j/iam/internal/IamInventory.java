package org.moto4j.iam.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.BackendRegistry;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.instanceprofile.InstanceProfile;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * IAM's resources for {@code GET /moto-api/data.json}, under moto's model names: {@code User},
 * {@code AccessKey} (never its secret), {@code Group}, {@code Role}, {@code InstanceProfile} and
 * the account's own {@code ManagedPolicy}s (AWS's, the same in every account, are left out), for
 * every account and partition. Users, groups and roles carry their attached and inline policies.
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
        attributes.put(
            "groups", backend.groups().groupsOf(user.id()).stream().map(Group::name).toList());
        putPolicies(attributes, backend, user.id());
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
        putPolicies(attributes, backend, role.id());
        instances.add(new ModelInstance("Role", account, attributes));
      }
      for (Group group : backend.groups().all()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", group.name());
        attributes.put("path", group.path());
        attributes.put("id", group.id());
        attributes.put("arn", group.arn());
        attributes.put("create_date", group.createDate().toString());
        attributes.put(
            "users",
            backend.groups().memberIds(group.id()).stream()
                .map(backend::userName)
                .flatMap(Optional::stream)
                .sorted()
                .toList());
        putPolicies(attributes, backend, group.id());
        instances.add(new ModelInstance("Group", account, attributes));
      }
      for (InstanceProfile profile : backend.instanceProfiles().all()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", profile.name());
        attributes.put("path", profile.path());
        attributes.put("id", profile.id());
        attributes.put("arn", profile.arn());
        attributes.put("create_date", profile.createDate().toString());
        attributes.put(
            "roles",
            profile.roleIds().stream()
                .map(id -> backend.roles().findById(id).map(Role::name))
                .flatMap(Optional::stream)
                .toList());
        instances.add(new ModelInstance("InstanceProfile", account, attributes));
      }
      for (ManagedPolicy policy : backend.policies().all()) {
        if (policy.awsManaged()) {
          continue;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", policy.name());
        attributes.put("path", policy.path());
        attributes.put("id", policy.id());
        attributes.put("arn", policy.arn());
        attributes.put("create_date", policy.createDate().toString());
        attributes.put("default_version_id", policy.defaultVersionId());
        attributes.put("attachment_count", backend.attachments().count(policy.arn()));
        instances.add(new ModelInstance("ManagedPolicy", account, attributes));
      }
    }
    return instances;
  }

  /** The managed policies attached to a user, group or role, and the names of its inline ones. */
  private static void putPolicies(Map<String, Object> attributes, IamBackend backend, String id) {
    attributes.put("attached_policies", backend.attachments().attachedTo(id));
    attributes.put(
        "inline_policies",
        backend.inlinePolicies().of(id).stream().map(InlinePolicy::name).toList());
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
