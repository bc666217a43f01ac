package org.moto4j.s3.internal.post;

import java.io.IOException;

/**
 * A {@code multipart/form-data} body that breaks the format (RFC 7578, RFC 2046 §5.1): no closing
 * delimiter, a part without a name, garbage after a delimiter. An {@link IOException}, so that a
 * store reading a part's stream fails and keeps nothing.
 */
class MalformedFormException extends IOException {

  private static final long serialVersionUID = 1L;

  MalformedFormException(String message) {
    super(message);
  }

  /** A preamble or a part's headers longer than the reader takes. */
  static final class TooLarge extends MalformedFormException {

    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }
}
