package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyLastUsed;

/**
 * GetAccessKeyLastUsed follows the requests signed with a key (roles: moto-it's
 * LastUsedScenarioTest).
 */
class LastUsedTest extends IamServerTest {

  @Test
  void a_key_used_for_a_request_reports_when_where_and_for_which_service() {
    iam.createUser(r -> r.userName("alice"));
    AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();
    Instant before = Instant.now().minusSeconds(1);

    signedWith(key).listUsers();

    AccessKeyLastUsed lastUsed =
        iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).accessKeyLastUsed();
    assertThat(lastUsed.serviceName()).isEqualTo("iam");
    assertThat(lastUsed.region()).isEqualTo("us-east-1");
    assertThat(lastUsed.lastUsedDate()).isBetween(before, Instant.now().plusSeconds(1));
  }

  @Test
  void a_key_of_another_account_reports_its_own_uses_only() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    AccessKey used = other.createAccessKey(r -> r.userName("alice")).accessKey();
    iam.createUser(r -> r.userName("alice"));
    AccessKey unused = iam.createAccessKey(r -> r.userName("alice")).accessKey();

    signedWith(used).getUser();

    assertThat(
            other
                .getAccessKeyLastUsed(r -> r.accessKeyId(used.accessKeyId()))
                .accessKeyLastUsed()
                .serviceName())
        .isEqualTo("iam");
    assertThat(
            iam.getAccessKeyLastUsed(r -> r.accessKeyId(unused.accessKeyId()))
                .accessKeyLastUsed()
                .lastUsedDate())
        .isNull();
  }
}
