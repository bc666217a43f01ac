package org.moto4j.core.http;

/** A request whose query string, form body or path cannot be parsed. */
public final class MalformedRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MalformedRequestException(String message) {
    super(message);
  }
}
