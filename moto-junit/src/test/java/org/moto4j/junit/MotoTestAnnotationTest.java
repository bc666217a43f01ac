package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

@MotoTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotoTestAnnotationTest {

  @Test
  @Order(1)
  void tests_get_ready_clients_and_the_runtime_info(S3Client s3, StsClient sts, MotoRuntime moto) {
    assertThat(moto.endpoint().toString()).startsWith("http://127.0.0.1:");
    s3.createBucket(b -> b.bucket("first-test-bucket"));
    assertThat(s3.listBuckets().buckets())
        .extracting(Bucket::name)
        .containsExactly("first-test-bucket");
    assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
  }

  @Test
  @Order(2)
  void every_test_starts_from_an_empty_mock(S3Client s3) {
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }
}
