package org.moto4j.iam.internal.policy;

import java.util.Objects;

/**
 * A user, group or role as a holder of policies, as it is when read.
 *
 * @param kind what it is
 * @param id its unique id, which attachments and inline policies are kept by (it survives renames)
 * @param name its name
 * @param path its path
 * @param arn its ARN
 */
public record PolicyHolder(PolicyHolderKind kind, String id, String name, String path, String arn) {

  public PolicyHolder {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(arn, "arn");
  }
}
