package org.moto4j.iam.internal.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.login.LoginProfile;
import org.moto4j.iam.internal.login.PasswordPolicy;
import org.moto4j.iam.internal.user.User;

/**
 * What the credential report reads of a user's credentials beyond its access keys: its console
 * password, MFA devices and signing certificates, from the stores that keep them.
 *
 * @param passwordChanged when its password was set (moto4j keeps the login profile's creation), or
 *     {@code null} when it has none
 * @param passwordNextRotation when the password policy's maximum age makes it expire, or {@code
 *     null}
 * @param mfaActive whether an MFA device is enabled for it
 * @param certificates its signing certificates, oldest first
 */
record UserCredentials(
    Instant passwordChanged,
    Instant passwordNextRotation,
    boolean mfaActive,
    List<Certificate> certificates) {

  /** A signing certificate as the report shows it. */
  record Certificate(boolean active, Instant uploaded) {}

  static UserCredentials of(IamBackend iam, User user) {
    Instant changed =
        iam.loginProfiles().find(user.id()).map(LoginProfile::createDate).orElse(null);
    Instant nextRotation = null;
    Optional<Integer> maxAge = iam.loginProfiles().policy().map(PasswordPolicy::maxPasswordAge);
    if (changed != null && maxAge.isPresent()) {
      nextRotation = changed.plus(Duration.ofDays(maxAge.get()));
    }
    List<Certificate> certificates =
        iam.signingCertificates().ownedBy(user.id()).stream()
            .map(cert -> new Certificate(cert.active(), cert.uploadDate()))
            .toList();
    return new UserCredentials(
        changed, nextRotation, !iam.mfaDevices().enabledFor(user.id()).isEmpty(), certificates);
  }

  static boolean rootMfaActive(IamBackend iam) {
    return !iam.mfaDevices().enabledFor(iam.account().value()).isEmpty();
  }
}
