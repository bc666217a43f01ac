package org.moto4j.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what the server logs, so a suite can assert that hostile input never reaches an ERROR
 * line (the dispatcher's "request failed" with a stack trace, Jetty's unhandled exceptions).
 */
final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture() {}

  /** Starts capturing every event of every logger. */
  static LogCapture start() {
    LogCapture capture = new LogCapture();
    capture.appender.start();
    capture.root.addAppender(capture.appender);
    return capture;
  }

  /** The ERROR events so far, formatted with their exception, one per line. */
  List<String> errors() {
    synchronized (appender) {
      return appender.list.stream()
          .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
          .map(
              event ->
                  event.getLoggerName()
                      + ": "
                      + event.getFormattedMessage()
                      + (event.getThrowableProxy() == null
                          ? ""
                          : " — "
                              + event.getThrowableProxy().getClassName()
                              + ": "
                              + event.getThrowableProxy().getMessage()))
          .toList();
    }
  }

  /** Forgets what was captured. */
  void clear() {
    synchronized (appender) {
      appender.list.clear();
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
