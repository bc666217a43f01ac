package org.moto4j.iam.internal.role;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * An IAM role, immutable: a change makes a new value, so readers always see a whole role.
 *
 * @param name the name, case kept as created
 * @param path the path, {@code /} unless given; {@code /aws-service-role/<service>/} for a
 *     service-linked role
 * @param id the unique id ({@code AROA…})
 * @param arn {@code arn:<partition>:iam::<account>:role<path><name>}
 * @param createDate when it was created
 * @param assumeRolePolicyDocument the trust policy, exactly as given (not URL-encoded)
 * @param description the description, or {@code null}
 * @param maxSessionDuration the longest session, in seconds (3600 to 43200)
 * @param permissionsBoundary the ARN of its permissions boundary policy, or {@code null}
 * @param tags its tags
 * @param roleLastUsed its last use, {@link RoleLastUsed#NEVER} until used
 */
public record Role(
    String name,
    String path,
    String id,
    String arn,
    Instant createDate,
    String assumeRolePolicyDocument,
    String description,
    int maxSessionDuration,
    String permissionsBoundary,
    Tags tags,
    RoleLastUsed roleLastUsed) {

  /** The session length a role allows unless told otherwise, in seconds. */
  public static final int DEFAULT_MAX_SESSION_DURATION = 3600;

  /** The path prefix AWS gives service-linked roles. */
  public static final String SERVICE_ROLE_PATH = "/aws-service-role/";

  public Role {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(assumeRolePolicyDocument, "assumeRolePolicyDocument");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(roleLastUsed, "roleLastUsed");
  }

  /** The ARN of role {@code name} at {@code path}. */
  public static String arn(String partition, AccountId account, String path, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":role" + path + name;
  }

  /** Role names are unique regardless of case within an account: the key they collide on. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** This role's {@link #key(String)}. */
  public String key() {
    return key(name);
  }

  /** Whether AWS created it for a service: only that service may change or delete it. */
  public boolean isServiceLinked() {
    return path.startsWith(SERVICE_ROLE_PATH);
  }

  Role withTrustPolicy(String document) {
    return new Role(
        name,
        path,
        id,
        arn,
        createDate,
        document,
        description,
        maxSessionDuration,
        permissionsBoundary,
        tags,
        roleLastUsed);
  }

  Role withSettings(String newDescription, int newMaxSessionDuration) {
    return new Role(
        name,
        path,
        id,
        arn,
        createDate,
        assumeRolePolicyDocument,
        newDescription,
        newMaxSessionDuration,
        permissionsBoundary,
        tags,
        roleLastUsed);
  }

  Role withPermissionsBoundary(String boundary) {
    return new Role(
        name,
        path,
        id,
        arn,
        createDate,
        assumeRolePolicyDocument,
        description,
        maxSessionDuration,
        boundary,
        tags,
        roleLastUsed);
  }

  Role withTags(Tags newTags) {
    return new Role(
        name,
        path,
        id,
        arn,
        createDate,
        assumeRolePolicyDocument,
        description,
        maxSessionDuration,
        permissionsBoundary,
        newTags,
        roleLastUsed);
  }

  /** The role as last used {@code lastUsed}. */
  public Role withLastUsed(RoleLastUsed lastUsed) {
    return new Role(
        name,
        path,
        id,
        arn,
        createDate,
        assumeRolePolicyDocument,
        description,
        maxSessionDuration,
        permissionsBoundary,
        tags,
        lastUsed);
  }
}
