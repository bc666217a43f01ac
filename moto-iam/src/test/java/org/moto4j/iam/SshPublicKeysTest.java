package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.DuplicateSshPublicKeyException;
import software.amazon.awssdk.services.iam.model.EncodingType;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.SSHPublicKey;
import software.amazon.awssdk.services.iam.model.SSHPublicKeyMetadata;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.UnrecognizedPublicKeyEncodingException;

/** SSH public keys through the real SDK, checked against keys made by ssh-keygen. */
class SshPublicKeysTest extends IamServerTest {

  private static final String KEYGEN_KEY = CredentialFixtures.resource("ssh-rsa.pub").strip();
  private static final String KEYGEN_PEM = CredentialFixtures.resource("ssh-rsa.pem");
  private static final String KEYGEN_MD5 = CredentialFixtures.resource("ssh-rsa.md5").strip();

  @Test
  void an_openssh_key_is_fingerprinted_as_ssh_keygen_does_and_answered_in_either_encoding() {
    iam.createUser(r -> r.userName("alice"));

    SSHPublicKey uploaded =
        iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY))
            .sshPublicKey();

    assertThat(uploaded.userName()).isEqualTo("alice");
    assertThat(uploaded.sshPublicKeyId()).startsWith("APKA").hasSizeGreaterThanOrEqualTo(20);
    assertThat(uploaded.fingerprint()).isEqualTo(KEYGEN_MD5);
    assertThat(uploaded.sshPublicKeyBody()).isEqualTo(KEYGEN_KEY);
    assertThat(uploaded.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(uploaded.uploadDate()).isNotNull();
    assertThat(get("alice", uploaded.sshPublicKeyId(), EncodingType.SSH)).isEqualTo(uploaded);
    assertThat(get("alice", uploaded.sshPublicKeyId(), EncodingType.PEM).sshPublicKeyBody())
        .isEqualToIgnoringWhitespace(KEYGEN_PEM);
  }

  @Test
  void a_pem_key_is_answered_in_openssh_form_with_the_same_fingerprint() {
    iam.createUser(r -> r.userName("alice"));

    SSHPublicKey uploaded =
        iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_PEM))
            .sshPublicKey();

    assertThat(uploaded.fingerprint()).isEqualTo(KEYGEN_MD5);
    String openssh = get("alice", uploaded.sshPublicKeyId(), EncodingType.SSH).sshPublicKeyBody();
    assertThat(openssh.split(" ")[1]).isEqualTo(KEYGEN_KEY.split(" ")[1]);
  }

  @Test
  void ed25519_keys_are_accepted() {
    iam.createUser(r -> r.userName("alice"));
    String key = CredentialFixtures.newEd25519Key("alice@laptop");

    SSHPublicKey uploaded =
        iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(key)).sshPublicKey();

    assertThat(uploaded.fingerprint()).isEqualTo(CredentialFixtures.md5Fingerprint(key));
    assertThat(get("alice", uploaded.sshPublicKeyId(), EncodingType.PEM).sshPublicKeyBody())
        .startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2Vw");
  }

  @Test
  void keys_are_listed_deactivated_and_deleted() {
    iam.createUser(r -> r.userName("alice"));
    String first =
        iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY))
            .sshPublicKey()
            .sshPublicKeyId();
    String second =
        iam.uploadSSHPublicKey(
                r ->
                    r.userName("alice")
                        .sshPublicKeyBody(CredentialFixtures.newEd25519Key("second")))
            .sshPublicKey()
            .sshPublicKeyId();

    iam.updateSSHPublicKey(
        r -> r.userName("alice").sshPublicKeyId(first).status(StatusType.INACTIVE));

    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice")).sshPublicKeys())
        .extracting(SSHPublicKeyMetadata::sshPublicKeyId, SSHPublicKeyMetadata::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, StatusType.INACTIVE),
            org.assertj.core.groups.Tuple.tuple(second, StatusType.ACTIVE));
    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice").maxItems(1)).isTruncated()).isTrue();
    assertAwsError(
        () ->
            iam.updateSSHPublicKey(
                r -> r.userName("alice").sshPublicKeyId(first).status(StatusType.EXPIRED)),
        400,
        "InvalidInput",
        "Invalid status Expired: a credential can only be made Active or Inactive.");

    iam.deleteSSHPublicKey(r -> r.userName("alice").sshPublicKeyId(first));
    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice")).sshPublicKeys())
        .extracting(SSHPublicKeyMetadata::sshPublicKeyId)
        .containsExactly(second);
    assertAwsError(
        () -> iam.deleteSSHPublicKey(r -> r.userName("alice").sshPublicKeyId(first)),
        404,
        "NoSuchEntity",
        "The Public Key with id " + first + " cannot be found.");
  }

  @Test
  void a_user_has_each_key_once_and_at_most_five() {
    iam.createUser(r -> r.userName("alice"));
    iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY));

    assertThat(
            assertAwsError(
                () -> iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_PEM)),
                400,
                "DuplicateSSHPublicKey",
                "The SSH public key is already associated with the specified IAM user."))
        .isInstanceOf(DuplicateSshPublicKeyException.class);
    for (int i = 0; i < 4; i++) {
      String key = CredentialFixtures.newEd25519Key("k" + i);
      iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(key));
    }
    String sixth = CredentialFixtures.newEd25519Key("six");
    assertAwsError(
        () -> iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(sixth)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for SSHPublicKeysPerUser: 5");
  }

  @Test
  void malformed_short_or_unsupported_keys_are_refused() {
    iam.createUser(r -> r.userName("alice"));

    assertThat(
            assertAwsError(
                () ->
                    iam.uploadSSHPublicKey(
                        r -> r.userName("alice").sshPublicKeyBody("ssh-dss AAAAB3NzaC1kc3MAAA")),
                400,
                "UnrecognizedPublicKeyEncoding",
                "The public key encoding format is unsupported or unrecognized."))
        .isInstanceOf(UnrecognizedPublicKeyEncodingException.class);
    assertAwsError(
        () ->
            iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody("ssh-rsa not*base64")),
        400,
        "InvalidPublicKey",
        "The public key is malformed or otherwise invalid.");
    String small = CredentialFixtures.newRsaKey(1024);
    assertAwsError(
        () -> iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(small)),
        400,
        "InvalidPublicKey",
        "The public key is malformed or otherwise invalid.");
    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice")).sshPublicKeys()).isEmpty();
  }

  @Test
  void a_user_with_ssh_keys_cannot_be_deleted_until_they_are() {
    iam.createUser(r -> r.userName("alice"));
    String id =
        iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY))
            .sshPublicKey()
            .sshPublicKeyId();

    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("alice")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete SSH public keys first.");

    iam.deleteSSHPublicKey(r -> r.userName("alice").sshPublicKeyId(id));
    iam.deleteUser(r -> r.userName("alice"));
  }

  @Test
  void keys_of_another_account_are_its_own_and_a_user_lists_its_own() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    String id =
        other
            .uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY))
            .sshPublicKey()
            .sshPublicKeyId();
    iam.createUser(r -> r.userName("alice"));
    AccessKey key = other.createAccessKey(r -> r.userName("alice")).accessKey();

    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice")).sshPublicKeys()).isEmpty();
    assertAwsError(
        () -> iam.getSSHPublicKey(r -> r.userName("alice").sshPublicKeyId(id).encoding("SSH")),
        404,
        "NoSuchEntity",
        "The Public Key with id " + id + " cannot be found.");
    iam.uploadSSHPublicKey(r -> r.userName("alice").sshPublicKeyBody(KEYGEN_KEY));
    assertThat(signedWith(key).listSSHPublicKeys(r -> {}).sshPublicKeys())
        .extracting(SSHPublicKeyMetadata::sshPublicKeyId, SSHPublicKeyMetadata::userName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "alice"));
  }

  @Test
  void concurrent_uploads_never_pass_the_limit() throws Exception {
    iam.createUser(r -> r.userName("alice"));
    List<String> keys =
        IntStream.range(0, 10).mapToObj(i -> CredentialFixtures.newEd25519Key("k" + i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<Boolean>> uploads = new ArrayList<>();
      for (String key : keys) {
        uploads.add(pool.submit(() -> upload("alice", key)));
      }
      long succeeded = 0;
      for (Future<Boolean> upload : uploads) {
        succeeded += upload.get() ? 1 : 0;
      }
      assertThat(succeeded).isEqualTo(5);
    } finally {
      pool.shutdown();
    }
    assertThat(iam.listSSHPublicKeys(r -> r.userName("alice")).sshPublicKeys()).hasSize(5);
  }

  private boolean upload(String userName, String key) {
    try {
      iam.uploadSSHPublicKey(r -> r.userName(userName).sshPublicKeyBody(key));
      return true;
    } catch (LimitExceededException e) {
      return false;
    }
  }

  private SSHPublicKey get(String userName, String id, EncodingType encoding) {
    return iam.getSSHPublicKey(r -> r.userName(userName).sshPublicKeyId(id).encoding(encoding))
        .sshPublicKey();
  }
}
