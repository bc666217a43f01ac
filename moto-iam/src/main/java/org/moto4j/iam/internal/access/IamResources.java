package org.moto4j.iam.internal.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.access.IamPermissionTable.ResourceSpec;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.certificate.ServerCertificate;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.role.ServiceLinkedRoleName;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;
import org.moto4j.iam.internal.user.User;

/**
 * Builds the resource ARN a row names from the request's members, as AWS does: {@code
 * arn:aws:iam::<account>:user<path><name>}, with the path IAM holds for an existing user, role,
 * group, instance profile or server certificate (a request names them by name only) and {@code /}
 * for one that does not exist yet.
 */
final class IamResources {

  /**
   * A resource and what IAM holds of it.
   *
   * @param arn its ARN (or {@code *}, or AWS's {@code policy path /})
   * @param tags its tags, empty when it has none or is not known
   * @param permissionsBoundary its permissions boundary, or {@code null}
   */
  record Resource(String arn, Map<String, String> tags, String permissionsBoundary) {

    static Resource of(String arn) {
      return new Resource(arn, Map.of(), null);
    }
  }

  private IamResources() {}

  /** The resource of {@code spec}, or empty when the request lacks the member naming it. */
  static Optional<Resource> resolve(
      ResourceSpec spec, QueryRequest query, AccountContext context, IamBackend iam) {
    String partition = iam.partition();
    String prefix = "arn:" + partition + ":iam::" + iam.account().value() + ":";
    if (spec.type().equals("*")) {
      return Optional.of(Resource.of("*"));
    }
    if (spec.listing()) {
      String path = query.optional(spec.member()).orElse("/");
      return Optional.of(
          Resource.of(
              spec.type().equals("policy-path")
                  ? "policy path " + path
                  : prefix + spec.type() + path));
    }
    String name = spec.member() == null ? null : query.get(spec.member());
    if (name == null) {
      return spec.callerByDefault() ? Optional.of(caller(context, iam)) : Optional.empty();
    }
    String path = spec.pathMember() == null ? null : query.optional(spec.pathMember()).orElse("/");
    return Optional.of(
        switch (spec.type()) {
          case "arn" -> Resource.of(name);
          case "user" ->
              path != null ? Resource.of(prefix + "user" + path + name) : user(iam, prefix, name);
          case "role" ->
              path != null ? Resource.of(prefix + "role" + path + name) : role(iam, prefix, name);
          case "group" ->
              path != null
                  ? Resource.of(prefix + "group" + path + name)
                  : Resource.of(
                      iam.groups().find(name).map(Group::arn).orElse(prefix + "group/" + name));
          case "instance-profile" ->
              path != null
                  ? Resource.of(prefix + "instance-profile" + path + name)
                  : iam.instanceProfiles()
                      .find(name)
                      .map(profile -> new Resource(profile.arn(), tags(profile.tags()), null))
                      .orElse(Resource.of(prefix + "instance-profile/" + name));
          case "server-certificate" ->
              path != null
                  ? Resource.of(prefix + "server-certificate" + path + name)
                  : Resource.of(
                      iam.serverCertificates().all().stream()
                          .filter(certificate -> certificate.name().equals(name))
                          .map(ServerCertificate::arn)
                          .findFirst()
                          .orElse(prefix + "server-certificate/" + name));
          case "policy" ->
              Resource.of(ManagedPolicy.arn(partition, iam.account().value(), path, name));
          case "mfa" -> Resource.of(prefix + "mfa" + path + name);
          case "saml-provider" -> Resource.of(prefix + "saml-provider/" + name);
          case "oidc-provider" ->
              Resource.of(prefix + "oidc-provider/" + name.replaceFirst("^https?://", ""));
          case "access-report" -> Resource.of(prefix + "access-report/" + name);
          case "service-linked-role" -> {
            ServiceLinkedRoleName naming = ServiceLinkedRoleName.of(name);
            yield Resource.of(prefix + "role" + naming.path() + naming.roleName());
          }
          case "deletion-task" -> Resource.of(prefix + "role/" + deletedRole(name));
          case "access-key-owner" ->
              iam.accessKeys()
                  .find(name)
                  .map(AccessKey::ownerId)
                  .flatMap(owner -> iam.users().findById(owner))
                  .map(IamResources::user)
                  .orElse(caller(context, iam));
          default -> throw new IllegalStateException("Unknown resource type " + spec.type());
        });
  }

  /** The caller's own user, as the operations that default to it act on; else its principal. */
  private static Resource caller(AccountContext context, IamBackend iam) {
    return Caller.of(context, iam)
        .user()
        .map(IamResources::user)
        .orElse(Resource.of(context.principalArn()));
  }

  private static Resource user(IamBackend iam, String prefix, String name) {
    return iam.users()
        .find(name)
        .map(IamResources::user)
        .orElse(Resource.of(prefix + "user/" + name));
  }

  private static Resource user(User user) {
    return new Resource(user.arn(), tags(user.tags()), user.permissionsBoundary());
  }

  private static Resource role(IamBackend iam, String prefix, String name) {
    return iam.roles()
        .find(name)
        .map(role -> new Resource(role.arn(), tags(role.tags()), role.permissionsBoundary()))
        .orElse(Resource.of(prefix + "role/" + name));
  }

  /**
   * {@code task/aws-service-role/<service>/<role>/<uuid>} → {@code
   * aws-service-role/<service>/<role>}.
   */
  private static String deletedRole(String taskId) {
    String rest = taskId.startsWith("task/") ? taskId.substring("task/".length()) : taskId;
    int last = rest.lastIndexOf('/');
    return last < 0 ? rest : rest.substring(0, last);
  }

  private static Map<String, String> tags(Tags tags) {
    if (tags.size() == 0) {
      return Map.of();
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Tag tag : tags.list()) {
      byKey.put(tag.key(), tag.value());
    }
    return byKey;
  }
}
