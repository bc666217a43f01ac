package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DuplicateCertificateException;
import software.amazon.awssdk.services.iam.model.SigningCertificate;
import software.amazon.awssdk.services.iam.model.StatusType;

/** Signing certificates of users and the root, through the real SDK. */
class SigningCertificatesTest extends IamServerTest {

  private static final String FIRST = CredentialFixtures.resource("signing-1.pem");
  private static final String SECOND = CredentialFixtures.resource("signing-2.pem");
  private static final String THIRD = CredentialFixtures.resource("signing-3.pem");

  @Test
  void a_certificate_is_uploaded_listed_deactivated_and_deleted() {
    iam.createUser(r -> r.userName("alice"));

    SigningCertificate uploaded =
        iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(FIRST)).certificate();

    assertThat(uploaded.userName()).isEqualTo("alice");
    assertThat(uploaded.certificateId()).matches("[A-Z0-9]{32}");
    assertThat(uploaded.certificateBody()).isEqualTo(FIRST);
    assertThat(uploaded.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(uploaded.uploadDate()).isNotNull();
    assertThat(iam.listSigningCertificates(r -> r.userName("alice")).certificates())
        .containsExactly(uploaded);

    iam.updateSigningCertificate(
        r ->
            r.userName("alice")
                .certificateId(uploaded.certificateId())
                .status(StatusType.INACTIVE));
    assertThat(iam.listSigningCertificates(r -> r.userName("alice")).certificates())
        .extracting(SigningCertificate::status)
        .containsExactly(StatusType.INACTIVE);

    iam.deleteSigningCertificate(r -> r.userName("alice").certificateId(uploaded.certificateId()));
    assertThat(iam.listSigningCertificates(r -> r.userName("alice")).certificates()).isEmpty();
    assertAwsError(
        () ->
            iam.deleteSigningCertificate(
                r -> r.userName("alice").certificateId(uploaded.certificateId())),
        404,
        "NoSuchEntity",
        "The Certificate with id " + uploaded.certificateId() + " cannot be found.");
  }

  @Test
  void a_user_has_two_certificates_at_most_each_once_in_the_account() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(FIRST));
    iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(SECOND));

    assertAwsError(
        () -> iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(THIRD)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for CertificatesPerUser: 2");
    assertThat(
            assertAwsError(
                () -> iam.uploadSigningCertificate(r -> r.userName("bob").certificateBody(FIRST)),
                409,
                "DuplicateCertificate",
                "The same certificate is already associated with an IAM user in the account."))
        .isInstanceOf(DuplicateCertificateException.class);
    assertAwsError(
        () -> iam.uploadSigningCertificate(r -> r.userName("bob").certificateBody("nope")),
        400,
        "MalformedCertificate",
        "Unable to parse certificate. Please ensure the certificate is in PEM format.");
    assertAwsError(
        () -> iam.uploadSigningCertificate(r -> r.userName("nobody").certificateBody(THIRD)),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertThat(iam.listSigningCertificates(r -> r.userName("bob")).certificates()).isEmpty();
  }

  @Test
  void status_expired_cannot_be_set() {
    iam.createUser(r -> r.userName("alice"));
    String id =
        iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(FIRST))
            .certificate()
            .certificateId();

    assertAwsError(
        () ->
            iam.updateSigningCertificate(
                r -> r.userName("alice").certificateId(id).status(StatusType.EXPIRED)),
        400,
        "InvalidInput",
        "Invalid status Expired: a credential can only be made Active or Inactive.");
  }

  @Test
  void a_user_with_signing_certificates_cannot_be_deleted_until_they_are() {
    iam.createUser(r -> r.userName("alice"));
    String id =
        iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(FIRST))
            .certificate()
            .certificateId();

    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("alice")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete signing certificates first.");

    iam.deleteSigningCertificate(r -> r.userName("alice").certificateId(id));
    iam.deleteUser(r -> r.userName("alice"));
  }

  @Test
  void the_root_manages_its_own_certificates_and_another_account_has_its_own() {
    IamClient other = inAccount(OTHER_ACCOUNT);

    SigningCertificate rootCertificate =
        other.uploadSigningCertificate(r -> r.certificateBody(FIRST)).certificate();

    assertThat(rootCertificate.userName()).isNull();
    assertThat(other.listSigningCertificates(r -> {}).certificates())
        .extracting(SigningCertificate::certificateId)
        .containsExactly(rootCertificate.certificateId());
    assertThat(iam.listSigningCertificates(r -> {}).certificates()).isEmpty();
    iam.createUser(r -> r.userName("alice"));
    assertThat(
            iam.uploadSigningCertificate(r -> r.userName("alice").certificateBody(FIRST))
                .certificate()
                .userName())
        .isEqualTo("alice");
  }
}
