package org.moto4j.iam.internal.group;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;

/**
 * An IAM group, immutable: a rename or move makes a new value.
 *
 * @param name the name, case kept as created
 * @param path the path, {@code /} unless given
 * @param id the unique id ({@code AGPA…}), kept across renames
 * @param arn {@code arn:<partition>:iam::<account>:group<path><name>}
 * @param createDate when it was created
 */
public record Group(String name, String path, String id, String arn, Instant createDate) {

  public Group {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
  }

  /** The ARN of group {@code name} at {@code path}. */
  public static String arn(String partition, AccountId account, String path, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":group" + path + name;
  }

  /** Group names are unique regardless of case within an account: the key they collide on. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** This group's {@link #key(String)}. */
  public String key() {
    return key(name);
  }

  /** This group renamed and moved; the ARN follows, the id stays. */
  Group moved(String newName, String newPath, String partition, AccountId account) {
    return new Group(newName, newPath, id, arn(partition, account, newPath, newName), createDate);
  }
}
