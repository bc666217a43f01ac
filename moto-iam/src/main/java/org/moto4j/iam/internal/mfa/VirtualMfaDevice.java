package org.moto4j.iam.internal.mfa;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.iam.internal.tag.Tags;

/**
 * A virtual MFA device, created unassigned; {@link MfaDevice} records which user enabled it.
 *
 * @param serialNumber {@code arn:<partition>:iam::<account>:mfa<path><name>}
 * @param seed the TOTP secret, in base32 as AWS hands it out ({@code Base32StringSeed})
 * @param qrCodePng a PNG for authenticator apps ({@code QRCodePNG})
 * @param createDate when it was created
 * @param tags its tags
 */
public record VirtualMfaDevice(
    String serialNumber, String seed, byte[] qrCodePng, Instant createDate, Tags tags) {

  public VirtualMfaDevice {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(qrCodePng, "qrCodePng");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(tags, "tags");
  }

  /** Serial numbers collide regardless of case, as IAM names do. */
  static String key(String serialNumber) {
    return serialNumber.toLowerCase(Locale.ROOT);
  }

  VirtualMfaDevice withTags(Tags newTags) {
    return new VirtualMfaDevice(serialNumber, seed, qrCodePng, createDate, newTags);
  }
}
