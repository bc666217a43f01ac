package org.moto4j.core.policy;

/**
 * A policy document IAM refuses; the message is AWS's text, which IAM answers as {@code
 * MalformedPolicyDocument} (400).
 */
public class MalformedPolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedPolicyException(String message) {
    super(message, null, false, false);
  }
}
