package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;

class AccessKeyIdsTest {

  @Property
  void every_generated_key_decodes_to_its_account(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long id) {
    AccountId account = AccountId.of(String.format("%012d", id));
    String key = AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, account);
    assertThat(key).hasSize(20).startsWith("ASIA").matches("[A-Z0-9]{20}");
    assertThat(AccessKeyIds.accountOf(key)).contains(account);
  }

  @Test
  void real_aws_keys_decode_to_their_documented_accounts() {
    // Published examples of the layout: the key's account is readable without AWS.
    assertThat(AccessKeyIds.accountOf("ASIAY34FZKBOKMUTVV7A"))
        .contains(AccountId.of("609629065308"));
    assertThat(AccessKeyIds.accountOf("ASIAQAAAAAAAGMKEM7X5"))
        .contains(AccountId.of("000000000000"));
  }

  @Test
  void keys_of_another_shape_have_no_account() {
    assertThat(AccessKeyIds.accountOf("short")).isEmpty();
    assertThat(AccessKeyIds.accountOf("AKIA0000000000000000")).isEmpty();
    assertThat(AccessKeyIds.accountOf(null)).isEmpty();
  }

  @Test
  void secrets_are_forty_characters_and_tokens_are_long() {
    assertThat(AccessKeyIds.secret()).hasSize(40);
    assertThat(AccessKeyIds.sessionToken()).hasSizeGreaterThan(300);
    assertThat(AccessKeyIds.uniqueId("AROA")).startsWith("AROA").hasSize(21);
  }
}
