package org.moto4j.s3;

import java.util.Optional;

/** The model's {@code StorageClass} values: where S3 says an object is kept. */
public enum StorageClass {
  STANDARD,
  REDUCED_REDUNDANCY,
  STANDARD_IA,
  ONEZONE_IA,
  INTELLIGENT_TIERING,
  GLACIER,
  DEEP_ARCHIVE,
  OUTPOSTS,
  GLACIER_IR,
  SNOW,
  EXPRESS_ONEZONE,
  FSX_OPENZFS,
  FSX_ONTAP,
  AWS_BACKUP_WARM,
  AWS_BACKUP_LOW_COST_WARM;

  /** The class of that exact name (S3 does not fold case), if there is one. */
  public static Optional<StorageClass> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (StorageClass storageClass : values()) {
      if (storageClass.name().equals(name)) {
        return Optional.of(storageClass);
      }
    }
    return Optional.empty();
  }

  /**
   * The class a request names; {@code STANDARD} when it names none.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidStorageClass}
   */
  public static StorageClass parse(String name) {
    if (name == null) {
      return STANDARD;
    }
    return find(name)
        .orElseThrow(
            () -> S3Errors.INVALID_STORAGE_CLASS.exception().with("StorageClassRequested", name));
  }

  /** Whether objects of this class must be restored before GetObject can read them. */
  public boolean isArchived() {
    return this == GLACIER || this == DEEP_ARCHIVE;
  }
}
