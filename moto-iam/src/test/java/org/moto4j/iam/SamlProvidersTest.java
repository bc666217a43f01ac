package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssertionEncryptionModeType;
import software.amazon.awssdk.services.iam.model.GetSamlProviderResponse;
import software.amazon.awssdk.services.iam.model.SAMLPrivateKey;
import software.amazon.awssdk.services.iam.model.SAMLProviderListEntry;
import software.amazon.awssdk.services.iam.model.Tag;

/** SAML identity providers through the real SDK. */
class SamlProvidersTest extends IamServerTest {

  private static final String ARN = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":saml-provider/Okta";

  /** IdP metadata of at least the 1000 characters the model requires. */
  static String metadata(String entityId, String validUntil) {
    String certificate = Base64.getEncoder().encodeToString(new byte[900]);
    return "<?xml version=\"1.0\"?>"
        + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + (validUntil == null ? "" : " validUntil=\"" + validUntil + "\"")
        + " entityID=\""
        + entityId
        + "\"><md:IDPSSODescriptor protocolSupportEnumeration="
        + "\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:KeyDescriptor use=\"signing\">"
        + "<ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data>"
        + "<ds:X509Certificate>"
        + certificate
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
        + " Location=\"https://idp.example.com/sso\"/></md:IDPSSODescriptor>"
        + "</md:EntityDescriptor>";
  }

  static String privateKeyPem() throws NoSuchAlgorithmException {
    // An EC key: as good a PKCS#8 private key as RSA for IAM, and far quicker to make.
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PRIVATE KEY-----\n";
  }

  private String createOkta(IamClient client) {
    return client
        .createSAMLProvider(
            r ->
                r.name("Okta")
                    .samlMetadataDocument(metadata("https://idp.example.com", null))
                    .tags(Tag.builder().key("team").value("a").build()))
        .samlProviderArn();
  }

  @Test
  void a_provider_keeps_its_metadata_and_is_valid_a_hundred_years_without_valid_until() {
    String arn = createOkta(iam);

    assertThat(arn).isEqualTo(ARN);
    GetSamlProviderResponse provider = iam.getSAMLProvider(r -> r.samlProviderArn(ARN));
    assertThat(provider.samlMetadataDocument())
        .isEqualTo(metadata("https://idp.example.com", null));
    assertThat(provider.samlProviderUUID()).matches("[A-Z0-9]{22,64}");
    assertThat(provider.validUntil())
        .isEqualTo(provider.createDate().atOffset(ZoneOffset.UTC).plusYears(100).toInstant());
    assertThat(provider.tags()).extracting(Tag::key).containsExactly("team");
    assertThat(provider.assertionEncryptionMode()).isNull();
    assertThat(provider.privateKeyList()).isEmpty();
    assertThat(iam.listSAMLProviders().samlProviderList())
        .extracting(SAMLProviderListEntry::arn, SAMLProviderListEntry::validUntil)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ARN, provider.validUntil()));
  }

  @Test
  void valid_until_is_read_from_the_metadata() {
    iam.createSAMLProvider(
        r ->
            r.name("Okta")
                .samlMetadataDocument(metadata("https://idp.example.com", "2031-02-03T04:05:06Z")));

    assertThat(iam.getSAMLProvider(r -> r.samlProviderArn(ARN)).validUntil())
        .isEqualTo(Instant.parse("2031-02-03T04:05:06Z"));
  }

  @Test
  void metadata_must_be_saml_metadata() {
    String notXml = "x".repeat(1000);
    assertAwsError(
        () -> iam.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument(notXml)),
        400,
        "InvalidInput",
        "Could not parse metadata");
    String otherXml = "<config>" + "x".repeat(1000) + "</config>";
    assertAwsError(
        () -> iam.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument(otherXml)),
        400,
        "InvalidInput",
        "Could not parse metadata");
    String dtd =
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + metadata("https://idp.example.com", null);
    assertAwsError(
        () -> iam.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument(dtd)),
        400,
        "InvalidInput",
        "Could not parse metadata");
    assertThat(iam.listSAMLProviders().samlProviderList()).isEmpty();
  }

  @Test
  void names_and_documents_are_checked_against_the_model() {
    assertAwsError(
        () ->
            iam.createSAMLProvider(
                r -> r.name("has space").samlMetadataDocument(metadata("https://idp", null))),
        400,
        "ValidationError",
        "1 validation error detected: Value 'has space' at 'name' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: [\\w._-]+");
    assertAwsError(
        () -> iam.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument("<a/>")),
        400,
        "ValidationError",
        "1 validation error detected: Value '<a/>' at 'sAMLMetadataDocument' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1000");
  }

  @Test
  void names_are_unique_regardless_of_case() {
    createOkta(iam);

    assertAwsError(
        () ->
            iam.createSAMLProvider(
                r -> r.name("OKTA").samlMetadataDocument(metadata("https://idp", null))),
        409,
        "EntityAlreadyExists",
        "Provider with name OKTA already exists.");
  }

  @Test
  void new_metadata_replaces_the_old_and_its_valid_until() {
    createOkta(iam);
    String newer = metadata("https://other.example.com", "2040-01-01T00:00:00Z");

    String arn =
        iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).samlMetadataDocument(newer))
            .samlProviderArn();

    assertThat(arn).isEqualTo(ARN);
    GetSamlProviderResponse provider = iam.getSAMLProvider(r -> r.samlProviderArn(ARN));
    assertThat(provider.samlMetadataDocument()).isEqualTo(newer);
    assertThat(provider.validUntil()).isEqualTo(Instant.parse("2040-01-01T00:00:00Z"));
    assertAwsError(
        () -> iam.updateSAMLProvider(r -> r.samlProviderArn(ARN)),
        400,
        "InvalidInput",
        "No updates are defined in the request.");
  }

  @Test
  void private_keys_decrypt_assertions_two_at_most() throws Exception {
    createOkta(iam);
    assertAwsError(
        () ->
            iam.updateSAMLProvider(
                r ->
                    r.samlProviderArn(ARN)
                        .assertionEncryptionMode(AssertionEncryptionModeType.REQUIRED)),
        400,
        "InvalidInput",
        "Cannot set AssertionEncryptionMode to Required because no private key is provided.");
    assertAwsError(
        () -> iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).addPrivateKey("not a key")),
        400,
        "InvalidInput",
        "Invalid private key: Key format is not recognized.");

    String first = privateKeyPem();
    iam.updateSAMLProvider(
        r ->
            r.samlProviderArn(ARN)
                .addPrivateKey(first)
                .assertionEncryptionMode(AssertionEncryptionModeType.REQUIRED));
    String second = privateKeyPem();
    iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).addPrivateKey(second));
    String third = privateKeyPem();
    assertAwsError(
        () -> iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).addPrivateKey(third)),
        409,
        "LimitExceeded",
        "Private key limit of 2 is reached.");

    GetSamlProviderResponse provider = iam.getSAMLProvider(r -> r.samlProviderArn(ARN));
    assertThat(provider.assertionEncryptionMode()).isEqualTo(AssertionEncryptionModeType.REQUIRED);
    assertThat(provider.privateKeyList()).hasSize(2);
    String[] ids =
        provider.privateKeyList().stream().map(SAMLPrivateKey::keyId).toArray(String[]::new);
    assertThat(ids[0]).matches("[A-Z0-9]{22,64}");

    iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).removePrivateKey(ids[0]));
    assertAwsError(
        () -> iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).removePrivateKey(ids[1])),
        400,
        "InvalidInput",
        "Failed to remove private key. AssertionEncryptionMode is Required, so the provider must"
            + " keep a private key.");
    assertAwsError(
        () -> iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).removePrivateKey(ids[0])),
        400,
        "InvalidInput",
        "Failed to remove private key: the Key ID does not match a private key of the provider.");
    iam.updateSAMLProvider(
        r -> r.samlProviderArn(ARN).assertionEncryptionMode(AssertionEncryptionModeType.ALLOWED));
    iam.updateSAMLProvider(r -> r.samlProviderArn(ARN).removePrivateKey(ids[1]));
    assertThat(iam.getSAMLProvider(r -> r.samlProviderArn(ARN)).privateKeyList()).isEmpty();
  }

  @Test
  void a_provider_may_be_created_with_a_private_key_required() throws Exception {
    String pem = privateKeyPem();
    iam.createSAMLProvider(
        r ->
            r.name("Okta")
                .samlMetadataDocument(metadata("https://idp", null))
                .assertionEncryptionMode(AssertionEncryptionModeType.REQUIRED)
                .addPrivateKey(pem));

    GetSamlProviderResponse provider = iam.getSAMLProvider(r -> r.samlProviderArn(ARN));
    assertThat(provider.assertionEncryptionMode()).isEqualTo(AssertionEncryptionModeType.REQUIRED);
    assertThat(provider.privateKeyList())
        .singleElement()
        .satisfies(k -> assertThat(k.timestamp()).isNotNull());
    assertAwsError(
        () ->
            iam.createSAMLProvider(
                r ->
                    r.name("Other")
                        .samlMetadataDocument(metadata("https://idp", null))
                        .assertionEncryptionMode(AssertionEncryptionModeType.REQUIRED)),
        400,
        "InvalidInput",
        "Cannot set AssertionEncryptionMode to Required because no private key is provided.");
  }

  @Test
  void tags_are_set_listed_and_removed() {
    createOkta(iam);

    iam.tagSAMLProvider(
        r -> r.samlProviderArn(ARN).tags(Tag.builder().key("Env").value("prod").build()));
    iam.untagSAMLProvider(r -> r.samlProviderArn(ARN).tagKeys("TEAM"));

    assertThat(iam.listSAMLProviderTags(r -> r.samlProviderArn(ARN)).tags())
        .containsExactly(Tag.builder().key("Env").value("prod").build());
  }

  @Test
  void a_deleted_provider_is_no_such_entity() {
    createOkta(iam);
    iam.deleteSAMLProvider(r -> r.samlProviderArn(ARN));

    assertAwsError(
        () -> iam.getSAMLProvider(r -> r.samlProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "Manifest not found for arn " + ARN);
    assertAwsError(
        () -> iam.deleteSAMLProvider(r -> r.samlProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "Manifest not found for arn " + ARN);
    assertAwsError(
        () -> iam.listSAMLProviderTags(r -> r.samlProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "Manifest not found for arn " + ARN);
  }

  @Test
  void providers_of_another_account_are_invisible() {
    createOkta(iam);
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertThat(other.listSAMLProviders().samlProviderList()).isEmpty();
    assertAwsError(
        () -> other.getSAMLProvider(r -> r.samlProviderArn(ARN)),
        404,
        "NoSuchEntity",
        "Manifest not found for arn " + ARN);
    assertThat(createOkta(other))
        .isEqualTo("arn:aws:iam::" + OTHER_ACCOUNT + ":saml-provider/Okta");
  }
}
