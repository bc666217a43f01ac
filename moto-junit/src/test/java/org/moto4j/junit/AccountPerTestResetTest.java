package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

class AccountPerTestResetTest {

  @RegisterExtension
  static final MotoExtension moto =
      MotoExtension.builder().isolation(Isolation.ACCOUNT_PER_TEST).build();

  @Test
  void each_test_has_a_fresh_account_and_reset_forgets_only_it(MotoRuntime runtime, S3Client s3) {
    assertThat(runtime.accountId()).isNotEqualTo("123456789012").matches("7\\d{11}");
    S3Client outsider = runtime.client(S3Client.class, "123456789012");
    outsider.createBucket(b -> b.bucket("outsider"));
    s3.createBucket(b -> b.bucket("own-" + runtime.accountId()));
    runtime.reset();
    assertThat(s3.listBuckets().buckets()).isEmpty();
    assertThat(outsider.listBuckets().buckets())
        .extracting(Bucket::name)
        .containsExactly("outsider");
    runtime.resetAll();
    assertThat(outsider.listBuckets().buckets()).isEmpty();
  }
}
