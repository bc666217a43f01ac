package org.moto4j.core.policy;

/**
 * Where an element sits in the policy text: line and column (both 1-based) of its first character
 * and of its last character, as IAM's simulator reports a matched statement's position.
 */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn) {

  /** A range for values built outside a document. */
  public static final SourceRange NONE = new SourceRange(0, 0, 0, 0);
}
