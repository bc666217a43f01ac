package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** The same extension with no server at all: clients hand requests to moto4j in process. */
@MotoTest(inProcess = true, isolation = Isolation.ACCOUNT_PER_TEST)
class InProcessModeTest {

  @Test
  void clients_work_without_a_socket(
      MotoRuntime moto, S3Client s3, S3AsyncClient async, StsClient sts, IamClient iam) {
    assertThat(moto.isInProcess()).isTrue();
    assertThat(moto.port()).isEqualTo(-1);
    assertThat(sts.getCallerIdentity().account()).isEqualTo(moto.accountId());
    s3.createBucket(b -> b.bucket("inproc-" + moto.accountId()));
    s3.putObject(
        b -> b.bucket("inproc-" + moto.accountId()).key("k"), RequestBody.fromString("sync"));
    async
        .putObject(
            b -> b.bucket("inproc-" + moto.accountId()).key("k2"),
            AsyncRequestBody.fromString("async"))
        .join();
    assertThat(
            async
                .getObject(
                    b -> b.bucket("inproc-" + moto.accountId()).key("k"),
                    AsyncResponseTransformer.toBytes())
                .join()
                .asString(StandardCharsets.UTF_8))
        .isEqualTo("sync");
    iam.createUser(b -> b.userName("carol"));
    assertThat(iam.listUsers().users()).hasSize(1);
  }

  @Test
  void in_account_works_in_process_too(MotoRuntime moto, StsClient sts) {
    assertThat(moto.inAccount("111111111111", () -> sts.getCallerIdentity().account()))
        .isEqualTo("111111111111");
  }
}
