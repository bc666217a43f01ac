package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.InvalidAuthenticationCodeException;
import software.amazon.awssdk.services.iam.model.ListVirtualMfaDevicesResponse;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/** MFA and virtual MFA devices through the real SDK, their TOTP codes computed by the test. */
class MfaDevicesTest extends IamServerTest {

  private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice-phone";

  @Test
  void a_virtual_device_comes_with_a_base32_seed_and_a_png() throws Exception {
    VirtualMFADevice device =
        iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice-phone")).virtualMFADevice();

    assertThat(device.serialNumber()).isEqualTo(SERIAL);
    assertThat(device.base32StringSeed().asUtf8String()).matches("[A-Z2-7]{64}");
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(device.qrCodePNG().asByteArray()));
    assertThat(png).isNotNull();
    assertThat(png.getWidth()).isEqualTo(png.getHeight()).isPositive();
    assertThat(
            iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("b").path("/team/"))
                .virtualMFADevice()
                .serialNumber())
        .isEqualTo("arn:aws:iam::123456789012:mfa/team/b");
  }

  @Test
  void a_device_of_the_same_path_and_name_already_exists() {
    iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice-phone"));

    assertAwsError(
        () -> iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("ALICE-phone")),
        409,
        "EntityAlreadyExists",
        "MFADevice entity at the same path and name already exists.");
  }

  @Test
  void two_consecutive_codes_of_its_seed_enable_a_device_for_a_user() {
    User alice = iam.createUser(r -> r.userName("alice")).user();
    String seed = createDevice("alice-phone");
    iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("spare"));

    enable("alice", SERIAL, seed);

    assertThat(iam.listMFADevices(r -> r.userName("alice")).mfaDevices())
        .singleElement()
        .satisfies(
            device -> {
              assertThat(device.userName()).isEqualTo("alice");
              assertThat(device.serialNumber()).isEqualTo(SERIAL);
              assertThat(device.enableDate()).isNotNull();
            });
    assertThat(iam.getMFADevice(r -> r.serialNumber(SERIAL)).userName()).isEqualTo("alice");
    ListVirtualMfaDevicesResponse assigned =
        iam.listVirtualMFADevices(r -> r.assignmentStatus(AssignmentStatusType.ASSIGNED));
    assertThat(assigned.virtualMFADevices())
        .singleElement()
        .satisfies(
            device -> {
              assertThat(device.serialNumber()).isEqualTo(SERIAL);
              assertThat(device.user().arn()).isEqualTo(alice.arn());
              assertThat(device.user().userName()).isEqualTo("alice");
              assertThat(device.enableDate()).isNotNull();
              assertThat(device.base32StringSeed()).isNull();
            });
    assertThat(
            iam.listVirtualMFADevices(r -> r.assignmentStatus(AssignmentStatusType.UNASSIGNED))
                .virtualMFADevices())
        .extracting(VirtualMFADevice::serialNumber)
        .containsExactly("arn:aws:iam::123456789012:mfa/spare");
    assertThat(iam.listVirtualMFADevices().virtualMFADevices()).hasSize(2);
  }

  @Test
  void wrong_codes_are_refused_and_leave_the_device_unassigned() {
    iam.createUser(r -> r.userName("alice"));
    String seed = createDevice("alice-phone");
    long now = Instant.now().getEpochSecond();
    String first = CredentialFixtures.totp(seed, now);
    String notNext = CredentialFixtures.totp(seed, now + 300);

    assertThat(
            assertAwsError(
                () ->
                    iam.enableMFADevice(
                        r ->
                            r.userName("alice")
                                .serialNumber(SERIAL)
                                .authenticationCode1(first)
                                .authenticationCode2(notNext)),
                403,
                "InvalidAuthenticationCode",
                "Authentication code for device is not valid."))
        .isInstanceOf(InvalidAuthenticationCodeException.class);
    assertThat(iam.listMFADevices(r -> r.userName("alice")).mfaDevices()).isEmpty();
    assertAwsError(
        () ->
            iam.enableMFADevice(
                r ->
                    r.userName("alice")
                        .serialNumber(SERIAL)
                        .authenticationCode1("12345")
                        .authenticationCode2("abcdef")),
        400,
        "ValidationError",
        "2 validation errors detected: Value '12345' at 'authenticationCode1' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 6; Value 'abcdef' at"
            + " 'authenticationCode2' failed to satisfy constraint: Member must satisfy regular"
            + " expression pattern: [\\d]+");
  }

  @Test
  void an_enabled_device_is_resynced_deactivated_and_only_then_deleted() {
    iam.createUser(r -> r.userName("alice"));
    String seed = createDevice("alice-phone");
    enable("alice", SERIAL, seed);

    long later = Instant.now().getEpochSecond() + 60;
    iam.resyncMFADevice(
        r ->
            r.userName("alice")
                .serialNumber(SERIAL)
                .authenticationCode1(CredentialFixtures.totp(seed, later))
                .authenticationCode2(CredentialFixtures.totp(seed, later + 30)));
    assertAwsError(
        () ->
            iam.resyncMFADevice(
                r ->
                    r.userName("alice")
                        .serialNumber(SERIAL)
                        .authenticationCode1("000000")
                        .authenticationCode2("000000")),
        403,
        "InvalidAuthenticationCode",
        "Authentication code for device is not valid.");
    assertAwsError(
        () -> enable("alice", SERIAL, seed),
        409,
        "EntityAlreadyExists",
        "MFA Device is already in use.");
    assertThat(
            assertAwsError(
                () -> iam.deleteVirtualMFADevice(r -> r.serialNumber(SERIAL)),
                409,
                "DeleteConflict",
                "MFA device is still in use."))
        .isInstanceOf(DeleteConflictException.class);

    iam.deactivateMFADevice(r -> r.userName("alice").serialNumber(SERIAL));
    assertThat(iam.listMFADevices(r -> r.userName("alice")).mfaDevices()).isEmpty();
    assertAwsError(
        () -> iam.deactivateMFADevice(r -> r.userName("alice").serialNumber(SERIAL)),
        404,
        "NoSuchEntity",
        "MFA Device with serial number " + SERIAL + " does not exist.");
    assertAwsError(
        () -> iam.getMFADevice(r -> r.serialNumber(SERIAL)),
        404,
        "NoSuchEntity",
        "MFA Device with serial number " + SERIAL + " does not exist.");
    iam.deleteVirtualMFADevice(r -> r.serialNumber(SERIAL));
    assertThat(iam.listVirtualMFADevices().virtualMFADevices()).isEmpty();
    assertAwsError(
        () -> iam.deleteVirtualMFADevice(r -> r.serialNumber(SERIAL)),
        404,
        "NoSuchEntity",
        "VirtualMFADevice with serial number " + SERIAL + " doesn't exist.");
  }

  @Test
  void unknown_virtual_devices_cannot_be_enabled_and_hardware_tokens_are_taken_by_serial() {
    iam.createUser(r -> r.userName("alice"));

    assertAwsError(
        () ->
            iam.enableMFADevice(
                r ->
                    r.userName("alice")
                        .serialNumber(SERIAL)
                        .authenticationCode1("123456")
                        .authenticationCode2("234567")),
        404,
        "NoSuchEntity",
        "VirtualMFADevice with serial number " + SERIAL + " doesn't exist.");
    iam.enableMFADevice(
        r ->
            r.userName("alice")
                .serialNumber("GAHT12345678")
                .authenticationCode1("123456")
                .authenticationCode2("234567"));
    assertThat(iam.listMFADevices(r -> r.userName("alice")).mfaDevices())
        .extracting(MFADevice::serialNumber)
        .containsExactly("GAHT12345678");
  }

  @Test
  void a_user_with_an_mfa_device_cannot_be_deleted_until_it_is_deactivated() {
    iam.createUser(r -> r.userName("alice"));
    enable("alice", SERIAL, createDevice("alice-phone"));

    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("alice")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete MFA device first.");

    iam.deactivateMFADevice(r -> r.serialNumber(SERIAL));
    iam.deleteUser(r -> r.userName("alice"));
  }

  @Test
  void virtual_devices_are_tagged_untagged_and_limited_to_fifty_tags() {
    iam.createVirtualMFADevice(
        r -> r.virtualMFADeviceName("alice-phone").tags(tag("team", "blue")));

    iam.tagMFADevice(r -> r.serialNumber(SERIAL).tags(tag("Team", "red"), tag("cost", "1")));
    assertThat(iam.listMFADeviceTags(r -> r.serialNumber(SERIAL)).tags())
        .containsExactly(tag("Team", "red"), tag("cost", "1"));
    iam.untagMFADevice(r -> r.serialNumber(SERIAL).tagKeys("TEAM"));
    assertThat(iam.listMFADeviceTags(r -> r.serialNumber(SERIAL)).tags())
        .containsExactly(tag("cost", "1"));

    Tag[] many = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toArray(Tag[]::new);
    assertAwsError(
        () -> iam.tagMFADevice(r -> r.serialNumber(SERIAL).tags(many)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerMFADevice: 50");
    assertAwsError(
        () ->
            iam.tagMFADevice(
                r -> r.serialNumber("arn:aws:iam::123456789012:mfa/none").tags(tag("a", "b"))),
        404,
        "NoSuchEntity",
        "VirtualMFADevice with serial number arn:aws:iam::123456789012:mfa/none doesn't exist.");
  }

  @Test
  void virtual_devices_are_listed_a_page_at_a_time() {
    for (String name : new String[] {"a", "b", "c"}) {
      iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(name));
    }

    ListVirtualMfaDevicesResponse first = iam.listVirtualMFADevices(r -> r.maxItems(2));
    assertThat(first.isTruncated()).isTrue();
    ListVirtualMfaDevicesResponse second =
        iam.listVirtualMFADevices(r -> r.maxItems(2).marker(first.marker()));

    assertThat(first.virtualMFADevices())
        .extracting(VirtualMFADevice::serialNumber)
        .containsExactly("arn:aws:iam::123456789012:mfa/a", "arn:aws:iam::123456789012:mfa/b");
    assertThat(second.virtualMFADevices())
        .extracting(VirtualMFADevice::serialNumber)
        .containsExactly("arn:aws:iam::123456789012:mfa/c");
    assertThat(second.isTruncated()).isFalse();
  }

  @Test
  void devices_of_another_account_are_its_own() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    VirtualMFADevice device =
        other.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice-phone")).virtualMFADevice();
    String otherSerial = "arn:aws:iam::111111111111:mfa/alice-phone";
    assertThat(device.serialNumber()).isEqualTo(otherSerial);

    String seed = device.base32StringSeed().asUtf8String();
    long now = Instant.now().getEpochSecond();
    other.enableMFADevice(
        r ->
            r.userName("alice")
                .serialNumber(otherSerial)
                .authenticationCode1(CredentialFixtures.totp(seed, now))
                .authenticationCode2(CredentialFixtures.totp(seed, now + 30)));

    assertThat(iam.listVirtualMFADevices().virtualMFADevices()).isEmpty();
    assertThat(iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice-phone"))).isNotNull();
    assertAwsError(
        () -> iam.getMFADevice(r -> r.serialNumber(otherSerial)),
        404,
        "NoSuchEntity",
        "MFA Device with serial number " + otherSerial + " does not exist.");
    assertThat(other.listMFADevices(r -> r.userName("alice")).mfaDevices()).hasSize(1);
  }

  private String createDevice(String name) {
    return iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(name))
        .virtualMFADevice()
        .base32StringSeed()
        .asUtf8String();
  }

  private void enable(String userName, String serial, String seed) {
    long now = Instant.now().getEpochSecond();
    iam.enableMFADevice(
        r ->
            r.userName(userName)
                .serialNumber(serial)
                .authenticationCode1(CredentialFixtures.totp(seed, now))
                .authenticationCode2(CredentialFixtures.totp(seed, now + 30)));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
