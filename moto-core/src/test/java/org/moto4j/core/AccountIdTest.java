package org.moto4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AccountIdTest {

  @Test
  void twelve_digits_make_an_account_id_and_leading_zeros_count() {
    assertThat(AccountId.of("000000000001").value()).isEqualTo("000000000001");
    assertThat(AccountId.of("123456789012")).isEqualTo(AccountId.DEFAULT);
  }

  @Test
  void anything_but_twelve_digits_is_refused_with_the_value_in_the_message() {
    for (String bad :
        new String[] {
          "", "12345678901", "1234567890123", "12345678901a", " 123456789012", "１２３４５６７８９０１２"
        }) {
      assertThatThrownBy(() -> AccountId.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("exactly 12 digits");
    }
    assertThat(AccountId.isValid(null)).isFalse();
  }

  @Property
  void every_twelve_digit_string_is_an_account(
      @ForAll @NumericChars @StringLength(12) String digits) {
    assertThat(AccountId.of(digits).value()).isEqualTo(digits);
  }

  @Test
  void the_root_arn_names_the_partition_and_account() {
    assertThat(AccountId.of("111111111111").rootArn("aws-cn"))
        .isEqualTo("arn:aws-cn:iam::111111111111:root");
  }
}
