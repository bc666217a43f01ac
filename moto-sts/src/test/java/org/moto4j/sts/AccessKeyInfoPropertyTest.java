package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/** GetAccessKeyInfo reads back the account of any key generated for it, through the dispatcher. */
class AccessKeyInfoPropertyTest {

  private static final Moto MOTO = Moto.builder().config(new MotoConfig(Map.of())).build();

  @Property(tries = 300)
  void every_generated_key_answers_its_account(
      @ForAll("accounts") String account, @ForAll("prefixes") String prefix) throws Exception {
    String key = AccessKeyIds.generate(prefix, AccountId.of(account));
    MotoResponse response =
        MOTO.handle(
            MotoRequest.builder("POST", "/")
                .header("Host", "sts.amazonaws.com")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("Action=GetAccessKeyInfo&Version=2011-06-15&AccessKeyId=" + key)
                .build());

    assertThat(response.status()).isEqualTo(200);
    String body = new String(readBody(response), StandardCharsets.UTF_8);
    assertThat(body).contains("<Account>" + account + "</Account>");
  }

  @Provide
  Arbitrary<String> accounts() {
    return Arbitraries.longs()
        .between(0, 999_999_999_999L)
        .edgeCases(edges -> edges.add(123_456_789_012L))
        .map(id -> String.format("%012d", id));
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of(AccessKeyIds.LONG_TERM_PREFIX, AccessKeyIds.TEMPORARY_PREFIX);
  }

  private static byte[] readBody(MotoResponse response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    response.body().writeTo(out);
    return out.toByteArray();
  }
}
