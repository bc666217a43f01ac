package org.moto4j.s3.internal.tagging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.s3.BucketConfigurations;

/**
 * A bucket's tags, in the order given.
 *
 * @param tags key to value
 */
public record BucketTags(Map<String, String> tags) {

  /** Where a bucket keeps its tags. */
  public static final BucketConfigurations.Kind<BucketTags> KIND =
      new BucketConfigurations.Kind<>("tagging", BucketTags.class);

  public BucketTags {
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
