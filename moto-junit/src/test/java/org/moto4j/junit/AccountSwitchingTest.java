package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.sts.StsClient;

@MotoTest
class AccountSwitchingTest {

  @Test
  void in_account_switches_every_handed_out_client_for_the_block_only(
      MotoRuntime moto, S3Client s3, StsClient sts) {
    assertThat(moto.accountId()).isEqualTo("123456789012");
    s3.createBucket(b -> b.bucket("mine"));
    moto.inAccount("111111111111", () -> s3.createBucket(b -> b.bucket("theirs")));
    String inside = moto.inAccount("111111111111", () -> sts.getCallerIdentity().account());
    assertThat(inside).isEqualTo("111111111111");
    assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("mine");
    assertThat(moto.inAccount("111111111111", () -> s3.listBuckets().buckets()))
        .extracting(Bucket::name)
        .containsExactly("theirs");
  }

  @Test
  void switches_nest_and_restore_the_outer_account(MotoRuntime moto, StsClient sts) {
    moto.inAccount(
        "111111111111",
        () -> {
          moto.inAccount(
              "222222222222",
              () -> assertThat(sts.getCallerIdentity().account()).isEqualTo("222222222222"));
          assertThat(sts.getCallerIdentity().account()).isEqualTo("111111111111");
        });
  }

  @Test
  void a_client_for_another_account_acts_there(MotoRuntime moto, S3Client s3) {
    S3Client other = moto.client(S3Client.class, "333333333333");
    other.createBucket(b -> b.bucket("in-333"));
    assertThat(other.listBuckets().buckets()).extracting(Bucket::name).containsExactly("in-333");
    assertThat(s3.listBuckets().buckets()).isEmpty();
    // Bucket names stay one namespace across accounts.
    assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("in-333")))
        .isInstanceOf(BucketAlreadyExistsException.class);
    assertThat(moto.client(StsClient.class, "333333333333").getCallerIdentity().account())
        .isEqualTo("333333333333");
  }

  @Test
  void the_async_client_honours_the_switch_too(MotoRuntime moto, S3AsyncClient s3) {
    moto.inAccount(
        "444444444444",
        () -> {
          s3.createBucket(b -> b.bucket("async-444")).join();
          s3.putObject(b -> b.bucket("async-444").key("k"), AsyncRequestBody.fromString("v"))
              .join();
        });
    assertThat(s3.listBuckets().join().buckets()).isEmpty();
    assertThat(moto.client(S3Client.class, "444444444444").listBuckets().buckets())
        .extracting(Bucket::name)
        .containsExactly("async-444");
  }

  @Test
  void resetting_one_account_leaves_the_others(MotoRuntime moto, S3Client s3) {
    s3.createBucket(b -> b.bucket("kept"));
    moto.inAccount("555555555555", () -> s3.createBucket(b -> b.bucket("dropped")));
    moto.reset("555555555555");
    assertThat(moto.inAccount("555555555555", () -> s3.listBuckets().buckets())).isEmpty();
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("kept");
  }

  @Test
  void a_malformed_account_is_refused_before_anything_runs(MotoRuntime moto) {
    assertThatThrownBy(() -> moto.inAccount("12", () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> moto.client(S3Client.class, "abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_runtime_describes_the_server(MotoRuntime moto) {
    assertThat(moto.endpoint().toString()).isEqualTo("http://127.0.0.1:" + moto.port());
    assertThat(moto.region()).isEqualTo("us-east-1");
    assertThat(moto.isInProcess()).isFalse();
    assertThat(moto.accessKeyId()).isEqualTo(moto.accountId());
    assertThat(moto.newAccount()).matches("\\d{12}").isNotEqualTo(moto.newAccount());
  }
}
