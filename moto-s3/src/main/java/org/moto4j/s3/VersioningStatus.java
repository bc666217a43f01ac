package org.moto4j.s3;

/**
 * A bucket's versioning state. A bucket starts {@link #UNVERSIONED} and, once versioned, can only
 * move between {@link #ENABLED} and {@link #SUSPENDED}; GetBucketVersioning answers no Status for a
 * never-versioned bucket.
 */
public enum VersioningStatus {
  /** Never versioned: one object per key, no version ids, no delete markers. */
  UNVERSIONED(null),
  /** Every write adds a version with its own id; a delete adds a delete marker. */
  ENABLED("Enabled"),
  /** Writes replace the {@code null} version; a delete puts a {@code null} delete marker. */
  SUSPENDED("Suspended");

  private final String wireName;

  VersioningStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code Status} value on the wire ({@code Enabled}, {@code Suspended}), or null. */
  public String wireName() {
    return wireName;
  }

  /** Whether the bucket keeps versions (enabled or suspended): it answers version ids. */
  public boolean isVersioned() {
    return this != UNVERSIONED;
  }
}
