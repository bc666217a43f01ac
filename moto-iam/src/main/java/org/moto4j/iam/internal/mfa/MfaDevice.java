package org.moto4j.iam.internal.mfa;

import java.time.Instant;
import java.util.Objects;

/**
 * An MFA device enabled for a user: a virtual device of the account, or a hardware token known by
 * its serial number alone.
 *
 * @param serialNumber the device's serial number, as enabled
 * @param userId the unique id of the user it is enabled for
 * @param enableDate when it was enabled
 */
public record MfaDevice(String serialNumber, String userId, Instant enableDate) {

  public MfaDevice {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(enableDate, "enableDate");
  }
}
