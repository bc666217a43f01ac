package org.moto4j.iam.internal.instanceprofile;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * An IAM instance profile, immutable.
 *
 * @param name the name, case kept as created
 * @param path the path, {@code /} unless given
 * @param id the unique id ({@code AIPA…})
 * @param arn {@code arn:<partition>:iam::<account>:instance-profile<path><name>}
 * @param createDate when it was created
 * @param roleIds the unique ids of its roles (AWS allows at most one)
 * @param tags its tags
 */
public record InstanceProfile(
    String name,
    String path,
    String id,
    String arn,
    Instant createDate,
    List<String> roleIds,
    Tags tags) {

  public InstanceProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    roleIds = List.copyOf(roleIds);
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of instance profile {@code name} at {@code path}. */
  public static String arn(String partition, AccountId account, String path, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":instance-profile" + path + name;
  }

  /** Instance profile names are unique regardless of case: the key they collide on. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** This profile's {@link #key(String)}. */
  public String key() {
    return key(name);
  }

  InstanceProfile withRoleIds(List<String> newRoleIds) {
    return new InstanceProfile(name, path, id, arn, createDate, newRoleIds, tags);
  }

  InstanceProfile withTags(Tags newTags) {
    return new InstanceProfile(name, path, id, arn, createDate, roleIds, newTags);
  }
}
