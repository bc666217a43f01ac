package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Tag;

/** OpenID Connect identity providers through the real SDK. */
class OpenIdConnectProvidersTest extends IamServerTest {

  private static final String THUMBPRINT = "6938FD4D98BAB03FAADB97B34396831E3780AEA1";
  private static final String ARN =
      "arn:aws:iam::" + DEFAULT_ACCOUNT + ":oidc-provider/token.actions.githubusercontent.com";

  private String createGithub(IamClient client) {
    return client
        .createOpenIDConnectProvider(
            r ->
                r.url("https://token.actions.githubusercontent.com")
                    .clientIDList("sts.amazonaws.com")
                    .thumbprintList(THUMBPRINT)
                    .tags(Tag.builder().key("env").value("test").build()))
        .openIDConnectProviderArn();
  }

  @Test
  void a_provider_is_named_by_its_url_and_keeps_lower_case_thumbprints() {
    var created =
        iam.createOpenIDConnectProvider(
            r ->
                r.url("https://token.actions.githubusercontent.com")
                    .clientIDList("sts.amazonaws.com")
                    .thumbprintList(THUMBPRINT)
                    .tags(Tag.builder().key("env").value("test").build()));

    assertThat(created.openIDConnectProviderArn()).isEqualTo(ARN);
    assertThat(created.tags()).extracting(Tag::key).containsExactly("env");
    GetOpenIdConnectProviderResponse provider =
        iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN));
    assertThat(provider.url()).isEqualTo("token.actions.githubusercontent.com");
    assertThat(provider.clientIDList()).containsExactly("sts.amazonaws.com");
    assertThat(provider.thumbprintList()).containsExactly(THUMBPRINT.toLowerCase());
    assertThat(provider.createDate()).isNotNull();
    assertThat(provider.tags()).containsExactly(Tag.builder().key("env").value("test").build());
    assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList())
        .extracting(OpenIDConnectProviderListEntry::arn)
        .containsExactly(ARN);
  }

  @Test
  void a_path_is_part_of_the_arn_and_thumbprints_may_be_left_out() {
    String arn =
        iam.createOpenIDConnectProvider(r -> r.url("https://example.com/tenant/v2.0"))
            .openIDConnectProviderArn();

    assertThat(arn).endsWith(":oidc-provider/example.com/tenant/v2.0");
    assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)).thumbprintList())
        .isEmpty();
  }

  @Test
  void the_same_url_cannot_have_two_providers() {
    createGithub(iam);

    assertAwsError(
        () -> createGithub(iam),
        409,
        "EntityAlreadyExists",
        "Provider with url https://token.actions.githubusercontent.com already exists.");
  }

  @Test
  void urls_are_checked_as_aws_checks_them() {
    assertAwsError(
        () -> iam.createOpenIDConnectProvider(r -> r.url("example.com")),
        400,
        "ValidationError",
        "Invalid Open ID Connect Provider URL");
    assertAwsError(
        () -> iam.createOpenIDConnectProvider(r -> r.url("http://example.com")),
        400,
        "InvalidInput",
        "Invalid Open ID Connect Provider URL. The URL must begin with https://.");
    for (String url :
        List.of(
            "https://example.com?x=1",
            "https://example.com:8443",
            "https://user@example.com",
            "https://exa_mple.com")) {
      assertAwsError(
          () -> iam.createOpenIDConnectProvider(r -> r.url(url)),
          400,
          "InvalidInput",
          "Invalid Open ID Connect Provider URL.");
    }
    assertAwsError(
        () -> iam.createOpenIDConnectProvider(r -> r.url("https://" + "a".repeat(250) + ".com")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'https://"
            + "a".repeat(250)
            + ".com' at 'url' failed to satisfy constraint: Member must have length less than"
            + " or equal to 255");
    assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList()).isEmpty();
  }

  @Test
  void at_most_five_thumbprints_of_forty_characters() {
    assertAwsError(
        () ->
            iam.createOpenIDConnectProvider(
                r -> r.url("https://example.com").thumbprintList("a".repeat(39))),
        400,
        "InvalidInput",
        "Thumbprint must be exactly 40 characters.");
    List<String> six = IntStream.range(0, 6).mapToObj(i -> Integer.toString(i).repeat(40)).toList();
    assertAwsError(
        () ->
            iam.createOpenIDConnectProvider(r -> r.url("https://example.com").thumbprintList(six)),
        400,
        "InvalidInput",
        "Thumbprint list must contain fewer than 5 entries.");
  }

  @Test
  void thumbprints_are_replaced_whole() {
    createGithub(iam);

    iam.updateOpenIDConnectProviderThumbprint(
        r -> r.openIDConnectProviderArn(ARN).thumbprintList("a".repeat(40), "B".repeat(40)));

    assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)).thumbprintList())
        .containsExactly("a".repeat(40), "b".repeat(40));
    assertAwsError(
        () ->
            iam.updateOpenIDConnectProviderThumbprint(
                r -> r.openIDConnectProviderArn(ARN).thumbprintList("abc")),
        400,
        "InvalidInput",
        "Thumbprint must be exactly 40 characters.");
  }

  @Test
  void client_ids_are_added_and_removed_idempotently() {
    createGithub(iam);

    iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN).clientID("web"));
    iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN).clientID("web"));
    assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)).clientIDList())
        .containsExactly("sts.amazonaws.com", "web");

    iam.removeClientIDFromOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(ARN).clientID("sts.amazonaws.com"));
    iam.removeClientIDFromOpenIDConnectProvider(
        r -> r.openIDConnectProviderArn(ARN).clientID("never-added"));
    assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)).clientIDList())
        .containsExactly("web");
  }

  @Test
  void a_provider_has_at_most_a_hundred_client_ids() {
    List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "client-" + i).toList();
    iam.createOpenIDConnectProvider(r -> r.url("https://example.com").clientIDList(hundred));
    String arn = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":oidc-provider/example.com";

    assertAwsError(
        () ->
            iam.addClientIDToOpenIDConnectProvider(
                r -> r.openIDConnectProviderArn(arn).clientID("one-more")),
        409,
        "LimitExceeded",
        "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100");
    List<String> more = IntStream.range(0, 101).mapToObj(i -> "client-" + i).toList();
    assertAwsError(
        () ->
            iam.createOpenIDConnectProvider(
                r -> r.url("https://other.example.com").clientIDList(more)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100");
  }

  @Test
  void tags_are_set_listed_and_removed() {
    createGithub(iam);

    iam.tagOpenIDConnectProvider(
        r ->
            r.openIDConnectProviderArn(ARN)
                .tags(
                    Tag.builder().key("ENV").value("prod").build(),
                    Tag.builder().key("team").value("a").build()));
    assertThat(iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(ARN)).tags())
        .extracting(Tag::key, Tag::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ENV", "prod"),
            org.assertj.core.groups.Tuple.tuple("team", "a"));
    var page = iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(ARN).maxItems(1));
    assertThat(page.isTruncated()).isTrue();
    assertThat(page.tags()).hasSize(1);

    iam.untagOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN).tagKeys("env"));
    assertThat(iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(ARN)).tags())
        .extracting(Tag::key)
        .containsExactly("team");
  }

  @Test
  void an_unknown_provider_is_no_such_entity() {
    assertAwsError(
        () -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "OpenIDConnect Provider not found for arn " + ARN);
    assertAwsError(
        () -> iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "OpenId connect Provider " + ARN + " cannot be found.");
    assertAwsError(
        () ->
            iam.addClientIDToOpenIDConnectProvider(
                r -> r.openIDConnectProviderArn(ARN).clientID("x")),
        404,
        "NoSuchEntity",
        "OpenIDConnect Provider not found for arn " + ARN);
    assertAwsError(
        () -> iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "OpenIDConnect Provider not found for arn " + ARN);
  }

  @Test
  void a_deleted_provider_is_gone() {
    createGithub(iam);

    iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN));

    assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList()).isEmpty();
  }

  @Test
  void providers_of_another_account_are_invisible_and_the_same_url_is_free_there() {
    createGithub(iam);
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertThat(other.listOpenIDConnectProviders().openIDConnectProviderList()).isEmpty();
    assertAwsError(
        () -> other.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "OpenIDConnect Provider not found for arn " + ARN);
    assertThat(createGithub(other))
        .isEqualTo(
            "arn:aws:iam::" + OTHER_ACCOUNT + ":oidc-provider/token.actions.githubusercontent.com");
  }
}
