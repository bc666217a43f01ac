package org.moto4j.core.policy;

/** A statement's effect. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String text;

  Effect(String text) {
    this.text = text;
  }

  /** The spelling in policy documents. */
  public String text() {
    return text;
  }
}
