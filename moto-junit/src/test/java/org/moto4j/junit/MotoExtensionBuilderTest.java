package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotoExtensionBuilderTest {

  @RegisterExtension
  static final MotoExtension moto = MotoExtension.builder().resetBeforeEach(false).build();

  @Test
  @Order(1)
  void state_can_be_kept_between_tests_when_asked(S3Client s3) {
    s3.createBucket(b -> b.bucket("kept-bucket"));
  }

  @Test
  @Order(2)
  void the_bucket_of_the_previous_test_is_still_there(S3Client s3) {
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("kept-bucket");
    moto.runtime().reset("123456789012");
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }
}
