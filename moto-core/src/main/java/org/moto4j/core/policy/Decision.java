package org.moto4j.core.policy;

/** The outcome of an evaluation, spelled as IAM's {@code PolicyEvaluationDecisionType}. */
public enum Decision {
  ALLOWED("allowed"),
  EXPLICIT_DENY("explicitDeny"),
  IMPLICIT_DENY("implicitDeny");

  private final String text;

  Decision(String text) {
    this.text = text;
  }

  /** IAM's spelling. */
  public String text() {
    return text;
  }
}
