package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** The minimal object operations, buckets in the path. */
class PathStyleObjectsTest extends ObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }

  @Test
  void a_key_starting_with_a_dot_segment_round_trips() {
    s3.putObject(b -> b.bucket("objects").key("../up/./here"), RequestBody.fromString("dots"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key("../up/./here")).asUtf8String())
        .isEqualTo("dots");
  }
}
