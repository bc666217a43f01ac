package org.moto4j.benchmarks.s3;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An S3 call answered with a status other than the expected one. */
public final class UnexpectedStatus extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private static final Pattern ERROR =
      Pattern.compile("<Code>(.*?)</Code>\\s*<Message>(.*?)</Message>", Pattern.DOTALL);

  private final int status;

  UnexpectedStatus(String call, int expected, int status, String body) {
    super(call + " answered " + status + " (expected " + expected + "): " + summary(body));
    this.status = status;
  }

  /** The status the server answered. */
  public int status() {
    return status;
  }

  /** The first {@code UnexpectedStatus} in {@code failure}'s cause chain, or null. */
  static UnexpectedStatus in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnexpectedStatus unexpected) {
        return unexpected;
      }
    }
    return null;
  }

  /** An S3 error's code and message, else the start of the body, on one line. */
  private static String summary(String body) {
    Matcher error = ERROR.matcher(body);
    if (error.find()) {
      return error.group(1) + ": " + error.group(2);
    }
    String line = body.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
