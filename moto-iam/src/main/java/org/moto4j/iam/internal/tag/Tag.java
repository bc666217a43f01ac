package org.moto4j.iam.internal.tag;

import java.util.Locale;
import java.util.Objects;

/** An IAM tag, as the wire carries it. */
public record Tag(String key, String value) {

  public Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  /** IAM tag keys are case-insensitive (and case-preserving): the key two tags collide on. */
  String identity() {
    return key.toLowerCase(Locale.ROOT);
  }
}
