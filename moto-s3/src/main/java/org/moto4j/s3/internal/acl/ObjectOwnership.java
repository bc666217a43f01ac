package org.moto4j.s3.internal.acl;

import java.util.Optional;

/** A bucket's Object Ownership setting, as {@code OwnershipControls} names it. */
public enum ObjectOwnership {
  /** The bucket owner owns objects written with {@code bucket-owner-full-control}. */
  BucketOwnerPreferred,
  /** The writer owns its objects (S3's behaviour before Object Ownership). */
  ObjectWriter,
  /** ACLs are disabled: the bucket owner owns every object. New buckets' default since 2023. */
  BucketOwnerEnforced;

  /** The setting of that name, if S3 knows it. */
  public static Optional<ObjectOwnership> parse(String name) {
    for (ObjectOwnership value : values()) {
      if (value.name().equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
