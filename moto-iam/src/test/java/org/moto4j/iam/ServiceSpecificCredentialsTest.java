package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.ServiceNotSupportedException;
import software.amazon.awssdk.services.iam.model.ServiceSpecificCredential;
import software.amazon.awssdk.services.iam.model.ServiceSpecificCredentialMetadata;
import software.amazon.awssdk.services.iam.model.StatusType;

/** Service-specific credentials (CodeCommit, Keyspaces, Bedrock) through the real SDK. */
class ServiceSpecificCredentialsTest extends IamServerTest {

  private static final String CODECOMMIT = "codecommit.amazonaws.com";
  private static final String KEYSPACES = "cassandra.amazonaws.com";

  @Test
  void a_credential_is_created_listed_reset_deactivated_and_deleted() {
    iam.createUser(r -> r.userName("alice"));

    ServiceSpecificCredential created =
        iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT))
            .serviceSpecificCredential();

    assertThat(created.userName()).isEqualTo("alice");
    assertThat(created.serviceName()).isEqualTo(CODECOMMIT);
    assertThat(created.serviceUserName()).isEqualTo("alice-at-123456789012");
    assertThat(created.servicePassword()).hasSize(44);
    assertThat(created.serviceSpecificCredentialId()).startsWith("ACCA").hasSizeGreaterThan(19);
    assertThat(created.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(created.createDate()).isNotNull();
    String id = created.serviceSpecificCredentialId();
    assertThat(
            iam.listServiceSpecificCredentials(r -> r.userName("alice"))
                .serviceSpecificCredentials())
        .singleElement()
        .satisfies(
            metadata -> {
              assertThat(metadata.serviceSpecificCredentialId()).isEqualTo(id);
              assertThat(metadata.serviceUserName()).isEqualTo("alice-at-123456789012");
              assertThat(metadata.status()).isEqualTo(StatusType.ACTIVE);
            });

    ServiceSpecificCredential reset =
        iam.resetServiceSpecificCredential(r -> r.userName("alice").serviceSpecificCredentialId(id))
            .serviceSpecificCredential();
    assertThat(reset.servicePassword()).hasSize(44).isNotEqualTo(created.servicePassword());
    assertThat(reset.serviceUserName()).isEqualTo(created.serviceUserName());

    iam.updateServiceSpecificCredential(
        r -> r.userName("alice").serviceSpecificCredentialId(id).status(StatusType.INACTIVE));
    assertThat(
            iam.listServiceSpecificCredentials(r -> r.userName("alice"))
                .serviceSpecificCredentials())
        .extracting(ServiceSpecificCredentialMetadata::status)
        .containsExactly(StatusType.INACTIVE);

    iam.deleteServiceSpecificCredential(r -> r.userName("alice").serviceSpecificCredentialId(id));
    assertAwsError(
        () ->
            iam.deleteServiceSpecificCredential(
                r -> r.userName("alice").serviceSpecificCredentialId(id)),
        404,
        "NoSuchEntity",
        "No such credential " + id + " exists");
  }

  @Test
  void only_supported_services_and_two_credentials_per_service_and_user() {
    iam.createUser(r -> r.userName("alice"));

    assertThat(
            assertAwsError(
                () ->
                    iam.createServiceSpecificCredential(
                        r -> r.userName("alice").serviceName("s3.amazonaws.com")),
                404,
                "NotSupportedService",
                "No such service s3.amazonaws.com is supported for Service-Specific Credentials"))
        .isInstanceOf(ServiceNotSupportedException.class);
    iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT));
    iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT));
    assertAwsError(
        () -> iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: 2");
    iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(KEYSPACES));

    assertThat(
            iam.listServiceSpecificCredentials(r -> r.userName("alice").serviceName(KEYSPACES))
                .serviceSpecificCredentials())
        .extracting(ServiceSpecificCredentialMetadata::serviceName)
        .containsExactly(KEYSPACES);
    assertAwsError(
        () ->
            iam.createServiceSpecificCredential(r -> r.userName("nobody").serviceName(CODECOMMIT)),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
  }

  @Test
  void bedrock_api_keys_have_an_alias_and_a_secret_and_may_expire() {
    iam.createUser(r -> r.userName("alice"));

    ServiceSpecificCredential key =
        iam.createServiceSpecificCredential(
                r -> r.userName("alice").serviceName("bedrock.amazonaws.com").credentialAgeDays(30))
            .serviceSpecificCredential();

    assertThat(key.serviceCredentialAlias()).isEqualTo("alice-at-123456789012");
    assertThat(key.serviceCredentialSecret()).startsWith("ABSK");
    assertThat(key.servicePassword()).isNull();
    assertThat(key.expirationDate()).isEqualTo(key.createDate().plusSeconds(30L * 24 * 3600));
  }

  @Test
  void all_users_credentials_are_listed_with_AllUsers() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT));
    iam.createServiceSpecificCredential(r -> r.userName("bob").serviceName(KEYSPACES));

    assertThat(
            iam.listServiceSpecificCredentials(r -> r.allUsers(true)).serviceSpecificCredentials())
        .extracting(ServiceSpecificCredentialMetadata::userName)
        .containsExactlyInAnyOrder("alice", "bob");
  }

  @Test
  void a_user_with_service_specific_credentials_cannot_be_deleted_until_they_are() {
    iam.createUser(r -> r.userName("alice"));
    String id =
        iam.createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT))
            .serviceSpecificCredential()
            .serviceSpecificCredentialId();

    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("alice")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete service-specific credentials first.");

    iam.deleteServiceSpecificCredential(r -> r.userName("alice").serviceSpecificCredentialId(id));
    iam.deleteUser(r -> r.userName("alice"));
  }

  @Test
  void credentials_in_another_account_name_it_and_a_user_manages_its_own() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    AccessKey key = other.createAccessKey(r -> r.userName("alice")).accessKey();
    IamClient asAlice = signedWith(key);

    ServiceSpecificCredential created =
        other
            .createServiceSpecificCredential(r -> r.userName("alice").serviceName(CODECOMMIT))
            .serviceSpecificCredential();

    assertThat(created.serviceUserName()).isEqualTo("alice-at-111111111111");
    assertThat(asAlice.listServiceSpecificCredentials(r -> {}).serviceSpecificCredentials())
        .extracting(ServiceSpecificCredentialMetadata::serviceSpecificCredentialId)
        .containsExactly(created.serviceSpecificCredentialId());
    asAlice.deleteServiceSpecificCredential(
        r -> r.serviceSpecificCredentialId(created.serviceSpecificCredentialId()));
    iam.createUser(r -> r.userName("alice"));
    assertThat(
            iam.listServiceSpecificCredentials(r -> r.userName("alice"))
                .serviceSpecificCredentials())
        .isEmpty();
    assertThat(
            other
                .listServiceSpecificCredentials(r -> r.userName("alice"))
                .serviceSpecificCredentials())
        .isEmpty();
  }
}
