package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BucketNamesTest {

  @Property
  void every_name_that_follows_the_rules_is_valid(@ForAll("valid") String name) {
    assertThat(BucketNames.isValid(name)).as(name).isTrue();
  }

  @Property
  void every_name_broken_in_one_way_is_invalid(@ForAll("invalid") String name) {
    assertThat(BucketNames.isValid(name)).as(name).isFalse();
  }

  @Example
  void the_rules_at_their_edges() {
    assertThat(BucketNames.isValid("abc")).isTrue();
    assertThat(BucketNames.isValid("a".repeat(63))).isTrue();
    assertThat(BucketNames.isValid("a".repeat(64))).isFalse();
    assertThat(BucketNames.isValid("ab")).isFalse();
    assertThat(BucketNames.isValid("my.bucket-1")).isTrue();
    assertThat(BucketNames.isValid("192.168.5.4")).isFalse();
    assertThat(BucketNames.isValid("192.168.5.4a")).isTrue();
    assertThat(BucketNames.isValid("xn--bucket")).isFalse();
    assertThat(BucketNames.isValid("bucket-s3alias")).isFalse();
    assertThat(BucketNames.isValid("bucket--x-s3")).isFalse();
    assertThat(BucketNames.isValid("bucket.mrap")).isFalse();
    assertThat(BucketNames.isValid("Bucket")).isFalse();
    assertThat(BucketNames.isValid(null)).isFalse();
  }

  @Provide
  Arbitrary<String> valid() {
    return BucketNameArbitraries.valid();
  }

  @Provide
  Arbitrary<String> invalid() {
    return BucketNameArbitraries.invalid();
  }
}
