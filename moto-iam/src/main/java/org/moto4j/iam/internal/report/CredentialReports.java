package org.moto4j.iam.internal.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.moto4j.iam.internal.IamErrors;

/**
 * The credential report of one account: generated on request from the account's users as they are
 * then, and kept for four hours, as AWS does; after that {@code GetCredentialReport} answers {@code
 * ReportExpired} until a new one is generated. moto4j generates at once, so a report is never
 * {@code INPROGRESS}.
 */
public final class CredentialReports {

  /** How long a report is served before it expires and may be generated again. */
  public static final Duration LIFETIME = Duration.ofHours(4);

  /** A generated report. */
  public record Report(Instant generated, String csv) {}

  /** What {@code GenerateCredentialReport} answers. */
  public enum State {
    STARTED,
    COMPLETE
  }

  private final Clock clock;
  private Report current;

  public CredentialReports(Clock clock) {
    this.clock = clock;
  }

  /**
   * Generates a report with {@code render} unless a fresh one exists: {@code STARTED} when it made
   * one, {@code COMPLETE} when the last one is still fresh.
   */
  public synchronized State generate(Supplier<String> render) {
    Instant now = clock.instant();
    if (current != null && !isExpired(current, now)) {
      return State.COMPLETE;
    }
    current = new Report(now, render.get());
    return State.STARTED;
  }

  /**
   * The report last generated.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code ReportNotPresent} when none was, {@code
   *     ReportExpired} when it is older than four hours
   */
  public synchronized Report get() {
    if (current == null) {
      throw IamErrors.CREDENTIAL_REPORT_NOT_PRESENT.exception();
    }
    if (isExpired(current, clock.instant())) {
      throw IamErrors.CREDENTIAL_REPORT_EXPIRED.exception();
    }
    return current;
  }

  private static boolean isExpired(Report report, Instant now) {
    return !now.isBefore(report.generated().plus(LIFETIME));
  }
}
