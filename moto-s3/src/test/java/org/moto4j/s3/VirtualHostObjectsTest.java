package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The minimal object operations, buckets in the host name. */
class VirtualHostObjectsTest extends ObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }

  /**
   * Known gap: in virtual-host style the path of key {@code ../up} is {@code /../up}, which climbs
   * above the root; Jetty's HTTP layer refuses it with a 400 before any handler runs, even with
   * every URI compliance violation allowed (path style carries the bucket first and works). The
   * refusal is at least AWS-shaped (moto-servlet's error handler: {@code BadRequest}). When this
   * test fails, the gap is closed: assert the round trip instead.
   */
  @Test
  void known_gap_a_key_starting_with_a_dot_segment_is_refused_before_s3_sees_it() {
    assertThatThrownBy(
            () -> s3.putObject(b -> b.bucket("objects").key("../up"), RequestBody.fromString("x")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadRequest");
            });
  }
}
