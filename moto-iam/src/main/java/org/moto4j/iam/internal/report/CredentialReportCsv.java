package org.moto4j.iam.internal.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.user.User;

/**
 * Renders the credential report's CSV with AWS's columns: the root account's row first, then one
 * row per user by name. AWS writes {@code N/A} for what does not apply and {@code not_supported}
 * for the root's password columns; dates as {@code 2014-07-10T18:19:00+00:00}. moto4j records no
 * sign-ins and no key use, so those columns read as never used.
 */
final class CredentialReportCsv {

  static final List<String> COLUMNS =
      List.of(
          "user",
          "arn",
          "user_creation_time",
          "password_enabled",
          "password_last_used",
          "password_last_changed",
          "password_next_rotation",
          "mfa_active",
          "access_key_1_active",
          "access_key_1_last_rotated",
          "access_key_1_last_used_date",
          "access_key_1_last_used_region",
          "access_key_1_last_used_service",
          "access_key_2_active",
          "access_key_2_last_rotated",
          "access_key_2_last_used_date",
          "access_key_2_last_used_region",
          "access_key_2_last_used_service",
          "cert_1_active",
          "cert_1_last_rotated",
          "cert_2_active",
          "cert_2_last_rotated");

  private static final String NOT_APPLICABLE = "N/A";
  private static final String NOT_SUPPORTED = "not_supported";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private CredentialReportCsv() {}

  /** The report of {@code iam}'s account as it is now. */
  static String render(IamBackend iam) {
    StringBuilder csv = new StringBuilder(512);
    csv.append(String.join(",", COLUMNS));
    csv.append('\n').append(String.join(",", rootRow(iam)));
    for (User user : iam.users().all()) {
      csv.append('\n').append(String.join(",", userRow(iam, user)));
    }
    return csv.toString();
  }

  private static List<String> rootRow(IamBackend iam) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add("<root_account>");
    row.add(iam.root().arn());
    row.add(date(iam.created()));
    row.add(NOT_SUPPORTED);
    row.add("no_information");
    row.add(NOT_SUPPORTED);
    row.add(NOT_SUPPORTED);
    row.add(Boolean.toString(UserCredentials.rootMfaActive(iam)));
    keys(row, iam.accessKeys().ownedBy(iam.account().value()));
    certificates(
        row,
        iam.signingCertificates().ownedBy(iam.account().value()).stream()
            .map(cert -> new UserCredentials.Certificate(cert.active(), cert.uploadDate()))
            .toList());
    return row;
  }

  private static List<String> userRow(IamBackend iam, User user) {
    UserCredentials credentials = UserCredentials.of(iam, user);
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(user.name());
    row.add(user.arn());
    row.add(date(user.createDate()));
    if (credentials.passwordChanged() == null) {
      row.add("false");
      row.add(NOT_APPLICABLE);
      row.add(NOT_APPLICABLE);
      row.add(NOT_APPLICABLE);
    } else {
      row.add("true");
      row.add("no_information");
      row.add(date(credentials.passwordChanged()));
      row.add(
          credentials.passwordNextRotation() == null
              ? NOT_APPLICABLE
              : date(credentials.passwordNextRotation()));
    }
    row.add(Boolean.toString(credentials.mfaActive()));
    keys(row, iam.accessKeys().ownedBy(user.id()));
    certificates(row, credentials.certificates());
    return row;
  }

  private static void keys(List<String> row, List<AccessKey> keys) {
    for (int i = 0; i < 2; i++) {
      AccessKey key = i < keys.size() ? keys.get(i) : null;
      row.add(Boolean.toString(key != null && key.status() == AccessKey.Status.ACTIVE));
      row.add(key == null ? NOT_APPLICABLE : date(key.createDate()));
      row.add(NOT_APPLICABLE);
      row.add(NOT_APPLICABLE);
      row.add(NOT_APPLICABLE);
    }
  }

  private static void certificates(List<String> row, List<UserCredentials.Certificate> certs) {
    for (int i = 0; i < 2; i++) {
      UserCredentials.Certificate cert = i < certs.size() ? certs.get(i) : null;
      row.add(Boolean.toString(cert != null && cert.active()));
      row.add(cert == null ? NOT_APPLICABLE : date(cert.uploaded()));
    }
  }

  private static String date(Instant instant) {
    return DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
