package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** The object data path, buckets in the path. */
class PathStyleObjectDataTest extends ObjectDataBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }

  @Test
  void keys_climbing_with_dot_segments_round_trip() {
    for (String key : new String[] {"../escape", "./here/../../there", ".."}) {
      s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(key));
      assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String()).isEqualTo(key);
    }
  }
}
