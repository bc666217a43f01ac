package org.moto4j.iam.internal.inline;

import java.util.Objects;

/**
 * A policy embedded in one user, group or role.
 *
 * @param name its name, unique within its holder
 * @param document its document, exactly as given
 */
public record InlinePolicy(String name, String document) {

  public InlinePolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
  }
}
