package org.moto4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MotoRequest;

class AccountResolverTest {

  private static final AccountId ROLE_ACCOUNT = AccountId.of("222222222222");

  private final CredentialRegistry credentials = new CredentialRegistry();

  @AfterEach
  void clearProperty() {
    System.clearProperty(Setting.ACCOUNT_ID.property());
  }

  @Test
  void with_nothing_said_the_default_account_is_used() {
    assertThat(resolve(new MotoConfig(Map.of()), request().build()).account())
        .isEqualTo(AccountId.DEFAULT);
  }

  @Test
  void a_key_issued_by_moto4j_acts_in_its_account_as_its_principal() {
    IssuedCredential credential = issue(ROLE_ACCOUNT);
    AccountResolver.Resolution resolution =
        resolve(new MotoConfig(Map.of()), signedWith(credential.accessKeyId()).build());
    assertThat(resolution.account()).isEqualTo(ROLE_ACCOUNT);
    assertThat(resolution.credential()).isEqualTo(credential);
  }

  @Test
  void an_unknown_key_of_twelve_digits_is_taken_as_that_account() {
    assertThat(resolve(new MotoConfig(Map.of()), signedWith("444455556666").build()).account())
        .isEqualTo(AccountId.of("444455556666"));
  }

  @Test
  void an_unknown_key_of_another_shape_acts_in_the_default_account() {
    assertThat(
            resolve(new MotoConfig(Map.of()), signedWith("AKIAIOSFODNN7EXAMPLE").build()).account())
        .isEqualTo(AccountId.DEFAULT);
  }

  @Test
  void the_header_wins_over_the_key_and_drops_a_credential_of_another_account() {
    IssuedCredential credential = issue(ROLE_ACCOUNT);
    AccountResolver.Resolution resolution =
        resolve(
            new MotoConfig(Map.of()),
            signedWith(credential.accessKeyId())
                .header("x-moto-account-id", "333344445555")
                .build());
    assertThat(resolution.account()).isEqualTo(AccountId.of("333344445555"));
    assertThat(resolution.credential()).isNull();
  }

  @Test
  void the_environment_wins_over_the_header() {
    MotoConfig config = new MotoConfig(Map.of("MOTO_ACCOUNT_ID", "555555555555"));
    MotoRequest request = request().header("x-moto-account-id", "333344445555").build();
    assertThat(resolve(config, request).account()).isEqualTo(AccountId.of("555555555555"));
  }

  @Test
  void the_system_property_wins_over_the_environment_and_is_read_on_every_request() {
    MotoConfig config = new MotoConfig(Map.of("MOTO_ACCOUNT_ID", "555555555555"));
    System.setProperty(Setting.ACCOUNT_ID.property(), "111111111111");
    assertThat(resolve(config, request().build()).account())
        .isEqualTo(AccountId.of("111111111111"));
    System.clearProperty(Setting.ACCOUNT_ID.property());
    assertThat(resolve(config, request().build()).account())
        .isEqualTo(AccountId.of("555555555555"));
  }

  @Test
  void a_value_set_from_code_wins_over_everything() {
    MotoConfig config =
        new MotoConfig(Map.of("MOTO_ACCOUNT_ID", "555555555555"))
            .set(Setting.ACCOUNT_ID, "666666666666");
    System.setProperty(Setting.ACCOUNT_ID.property(), "111111111111");
    assertThat(resolve(config, request().build()).account())
        .isEqualTo(AccountId.of("666666666666"));
  }

  @Test
  void a_header_that_is_not_twelve_digits_is_refused_not_ignored() {
    MotoRequest request = request().header("x-moto-account-id", "12345").build();
    assertThatThrownBy(() -> resolve(new MotoConfig(Map.of()), request))
        .isInstanceOf(AccountResolver.InvalidAccountIdException.class)
        .hasMessageContaining("x-moto-account-id")
        .hasMessageContaining("'12345'");
  }

  @Test
  void a_configured_account_that_is_not_twelve_digits_is_refused() {
    MotoConfig config = new MotoConfig(Map.of("MOTO_ACCOUNT_ID", "abc"));
    assertThatThrownBy(() -> resolve(config, request().build()))
        .isInstanceOf(AccountResolver.InvalidAccountIdException.class)
        .hasMessageContaining("MOTO_ACCOUNT_ID");
  }

  private AccountResolver.Resolution resolve(MotoConfig config, MotoRequest request) {
    return new AccountResolver(config, credentials)
        .resolve(request, RequestCredentials.of(request));
  }

  private IssuedCredential issue(AccountId account) {
    IssuedCredential credential =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, account),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            Instant.now().plusSeconds(3600),
            account,
            "arn:aws:sts::" + account + ":assumed-role/r/s",
            "AROAEXAMPLE:s",
            IssuedCredential.Kind.ASSUMED_ROLE);
    credentials.register(credential);
    return credential;
  }

  private static MotoRequest.Builder request() {
    return MotoRequest.builder("GET", "/");
  }

  private static MotoRequest.Builder signedWith(String accessKeyId) {
    return request()
        .header(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential="
                + accessKeyId
                + "/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc");
  }
}
