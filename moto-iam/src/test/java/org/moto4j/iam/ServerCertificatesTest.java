package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.KeyPairMismatchException;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesResponse;
import software.amazon.awssdk.services.iam.model.MalformedCertificateException;
import software.amazon.awssdk.services.iam.model.ServerCertificate;
import software.amazon.awssdk.services.iam.model.ServerCertificateMetadata;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateResponse;

/** Server certificates through the real SDK, with PEM fixtures made by openssl. */
class ServerCertificatesTest extends IamServerTest {

  static final String BODY = CredentialFixtures.resource("server.pem");
  static final String KEY = CredentialFixtures.resource("server-key.pem");
  static final String CHAIN = CredentialFixtures.resource("ca.pem");

  @Test
  void an_uploaded_certificate_answers_its_metadata_body_chain_and_expiration() throws Exception {
    UploadServerCertificateResponse uploaded =
        iam.uploadServerCertificate(
            r ->
                r.serverCertificateName("www")
                    .path("/cloudfront/")
                    .certificateBody(BODY)
                    .privateKey(KEY)
                    .certificateChain(CHAIN)
                    .tags(tag("env", "test")));

    ServerCertificateMetadata metadata = uploaded.serverCertificateMetadata();
    assertThat(metadata.serverCertificateName()).isEqualTo("www");
    assertThat(metadata.path()).isEqualTo("/cloudfront/");
    assertThat(metadata.serverCertificateId()).startsWith("ASCA").hasSizeGreaterThanOrEqualTo(16);
    assertThat(metadata.arn())
        .isEqualTo("arn:aws:iam::123456789012:server-certificate/cloudfront/www");
    assertThat(metadata.uploadDate()).isNotNull();
    assertThat(metadata.expiration()).isEqualTo(notAfter(BODY));
    assertThat(uploaded.tags()).containsExactly(tag("env", "test"));

    ServerCertificate certificate =
        iam.getServerCertificate(r -> r.serverCertificateName("WWW")).serverCertificate();
    assertThat(certificate.serverCertificateMetadata()).isEqualTo(metadata);
    assertThat(certificate.certificateBody()).isEqualTo(BODY);
    assertThat(certificate.certificateChain()).isEqualTo(CHAIN);
    assertThat(certificate.tags()).containsExactly(tag("env", "test"));
  }

  @Test
  void pkcs1_rsa_and_sec1_ec_private_keys_are_accepted() {
    iam.uploadServerCertificate(
        r ->
            r.serverCertificateName("rsa")
                .certificateBody(BODY)
                .privateKey(CredentialFixtures.resource("server-key-pkcs1.pem")));
    iam.uploadServerCertificate(
        r ->
            r.serverCertificateName("ec")
                .certificateBody(CredentialFixtures.resource("ec.pem"))
                .privateKey(CredentialFixtures.resource("ec-key.pem")));

    assertThat(iam.listServerCertificates().serverCertificateMetadataList())
        .extracting(ServerCertificateMetadata::serverCertificateName)
        .containsExactly("ec", "rsa");
  }

  @Test
  void another_key_malformed_pem_and_a_broken_chain_are_refused_and_store_nothing() {
    assertThat(
            assertAwsError(
                () ->
                    iam.uploadServerCertificate(
                        r ->
                            r.serverCertificateName("www")
                                .certificateBody(BODY)
                                .privateKey(CredentialFixtures.resource("other-key.pem"))),
                400,
                "KeyPairMismatch",
                "The private key did not match the public key provided. Please verify the key"
                    + " material and try again."))
        .isInstanceOf(KeyPairMismatchException.class);
    assertThat(
            assertAwsError(
                () ->
                    iam.uploadServerCertificate(
                        r ->
                            r.serverCertificateName("www")
                                .certificateBody(
                                    "-----BEGIN CERTIFICATE-----\nbm9wZQ==\n"
                                        + "-----END CERTIFICATE-----")
                                .privateKey(KEY)),
                400,
                "MalformedCertificate",
                "Unable to parse certificate. Please ensure the certificate is in PEM format."))
        .isInstanceOf(MalformedCertificateException.class);
    assertAwsError(
        () ->
            iam.uploadServerCertificate(
                r -> r.serverCertificateName("www").certificateBody(BODY).privateKey("key")),
        400,
        "MalformedCertificate",
        "Unable to parse private key. Please ensure the private key is in PEM format.");
    assertAwsError(
        () ->
            iam.uploadServerCertificate(
                r ->
                    r.serverCertificateName("www")
                        .certificateBody(BODY)
                        .privateKey(KEY)
                        .certificateChain("not a chain")),
        400,
        "MalformedCertificate",
        "Unable to parse certificate chain. Please ensure the certificate chain is in PEM"
            + " format.");
    assertThat(iam.listServerCertificates().serverCertificateMetadataList()).isEmpty();
  }

  @Test
  void names_are_unique_regardless_of_case_and_unknown_names_are_NoSuchEntity() {
    upload(iam, "www", "/");

    assertAwsError(
        () -> upload(iam, "WWW", "/"),
        409,
        "EntityAlreadyExists",
        "The Server Certificate with name WWW already exists.");
    assertAwsError(
        () -> iam.getServerCertificate(r -> r.serverCertificateName("none")),
        404,
        "NoSuchEntity",
        "The Server Certificate with name none cannot be found.");
    assertAwsError(
        () -> iam.deleteServerCertificate(r -> r.serverCertificateName("none")),
        404,
        "NoSuchEntity",
        "The Server Certificate with name none cannot be found.");
  }

  @Test
  void a_certificate_is_renamed_moved_and_deleted() {
    upload(iam, "www", "/");
    upload(iam, "api", "/");

    iam.updateServerCertificate(
        r -> r.serverCertificateName("www").newServerCertificateName("web").newPath("/cdn/"));

    assertThat(
            iam.getServerCertificate(r -> r.serverCertificateName("web"))
                .serverCertificate()
                .serverCertificateMetadata()
                .arn())
        .isEqualTo("arn:aws:iam::123456789012:server-certificate/cdn/web");
    assertAwsError(
        () -> iam.getServerCertificate(r -> r.serverCertificateName("www")),
        404,
        "NoSuchEntity",
        "The Server Certificate with name www cannot be found.");
    assertAwsError(
        () ->
            iam.updateServerCertificate(
                r -> r.serverCertificateName("web").newServerCertificateName("API")),
        409,
        "EntityAlreadyExists",
        "The Server Certificate with name API already exists.");
    iam.deleteServerCertificate(r -> r.serverCertificateName("web"));
    assertThat(iam.listServerCertificates().serverCertificateMetadataList())
        .extracting(ServerCertificateMetadata::serverCertificateName)
        .containsExactly("api");
  }

  @Test
  void certificates_are_listed_under_a_path_prefix_a_page_at_a_time() {
    upload(iam, "a", "/elb/");
    upload(iam, "b", "/elb/");
    upload(iam, "c", "/cloudfront/");

    ListServerCertificatesResponse first =
        iam.listServerCertificates(r -> r.pathPrefix("/elb/").maxItems(1));
    ListServerCertificatesResponse second =
        iam.listServerCertificates(r -> r.pathPrefix("/elb/").maxItems(1).marker(first.marker()));

    assertThat(first.isTruncated()).isTrue();
    assertThat(first.serverCertificateMetadataList())
        .extracting(ServerCertificateMetadata::serverCertificateName)
        .containsExactly("a");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.serverCertificateMetadataList())
        .extracting(ServerCertificateMetadata::serverCertificateName)
        .containsExactly("b");
  }

  @Test
  void a_certificate_is_tagged_and_untagged() {
    upload(iam, "www", "/");

    iam.tagServerCertificate(
        r -> r.serverCertificateName("www").tags(tag("env", "test"), tag("team", "web")));
    iam.untagServerCertificate(r -> r.serverCertificateName("www").tagKeys("ENV"));

    assertThat(iam.listServerCertificateTags(r -> r.serverCertificateName("www")).tags())
        .containsExactly(tag("team", "web"));
    assertAwsError(
        () -> iam.listServerCertificateTags(r -> r.serverCertificateName("none")),
        404,
        "NoSuchEntity",
        "The Server Certificate with name none cannot be found.");
  }

  @Test
  void an_account_has_at_most_twenty_certificates_and_another_account_its_own() {
    for (int i = 0; i < 20; i++) {
      upload(iam, "cert-" + i, "/");
    }

    assertAwsError(
        () -> upload(iam, "one-more", "/"),
        409,
        "LimitExceeded",
        "Cannot exceed quota for ServerCertificatesPerAccount: 20");
    IamClient other = inAccount(OTHER_ACCOUNT);
    assertThat(other.listServerCertificates().serverCertificateMetadataList()).isEmpty();
    assertThat(upload(other, "cert-0", "/").serverCertificateMetadata().arn())
        .isEqualTo("arn:aws:iam::111111111111:server-certificate/cert-0");
  }

  private static UploadServerCertificateResponse upload(
      IamClient client, String name, String path) {
    return client.uploadServerCertificate(
        r -> r.serverCertificateName(name).path(path).certificateBody(BODY).privateKey(KEY));
  }

  private static Instant notAfter(String pem) throws Exception {
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    return certificate.getNotAfter().toInstant();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
