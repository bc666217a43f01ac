package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Fifty tests at once against one server, each in a fresh account of its own: every test creates
 * the same IAM user and writes the same object key, and sees only its own.
 */
@MotoTest(isolation = Isolation.ACCOUNT_PER_TEST)
@Execution(ExecutionMode.CONCURRENT)
class AccountPerTestParallelTest {

  /** How many tests must be inside their bodies at the same moment for the first to go on. */
  private static final int OVERLAP = 8;

  private static final CountDownLatch overlapping = new CountDownLatch(OVERLAP);

  @RepeatedTest(50)
  void every_test_sees_only_its_own_account(
      MotoRuntime moto, S3Client s3, IamClient iam, StsClient sts) throws Exception {
    // Proof that tests overlap: the first OVERLAP tests wait here until all of them have arrived.
    overlapping.countDown();
    assertThat(overlapping.await(60, TimeUnit.SECONDS))
        .as("%d tests running at the same time", OVERLAP)
        .isTrue();

    assertThat(sts.getCallerIdentity().account()).isEqualTo(moto.accountId());

    // S3 bucket names are one namespace across accounts, as in AWS: name buckets per test.
    String bucket = "bucket-" + moto.accountId();
    s3.createBucket(b -> b.bucket(bucket));
    s3.putObject(b -> b.bucket(bucket).key("same-key"), RequestBody.fromString(moto.accountId()));
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly(bucket);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("same-key")).asUtf8String())
        .isEqualTo(moto.accountId());

    iam.createUser(b -> b.userName("alice"));
    assertThat(iam.listUsers().users()).extracting(User::userName).containsExactly("alice");
  }
}
