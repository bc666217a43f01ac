package org.moto4j.iam.internal.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * An IAM user, immutable: a change makes a new value, so readers always see a whole user.
 *
 * @param name the name, case kept as created
 * @param path the path, {@code /} unless given
 * @param id the unique id ({@code AIDA…}), kept across renames
 * @param arn {@code arn:<partition>:iam::<account>:user<path><name>}
 * @param createDate when it was created
 * @param permissionsBoundary the ARN of its permissions boundary policy, or {@code null}
 * @param tags its tags
 */
public record User(
    String name,
    String path,
    String id,
    String arn,
    Instant createDate,
    String permissionsBoundary,
    Tags tags) {

  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of user {@code name} at {@code path}. */
  public static String arn(String partition, AccountId account, String path, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":user" + path + name;
  }

  /** User names are unique regardless of case within an account: the key they collide on. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** This user's {@link #key(String)}. */
  public String key() {
    return key(name);
  }

  /** This user renamed and moved; the ARN follows, the id stays. */
  User moved(String newName, String newPath, String partition, AccountId account) {
    return new User(
        newName,
        newPath,
        id,
        arn(partition, account, newPath, newName),
        createDate,
        permissionsBoundary,
        tags);
  }

  /** This user with another permissions boundary ({@code null}: none). */
  User withPermissionsBoundary(String boundary) {
    return new User(name, path, id, arn, createDate, boundary, tags);
  }

  /** This user with other tags. */
  User withTags(Tags newTags) {
    return new User(name, path, id, arn, createDate, permissionsBoundary, newTags);
  }
}
