package org.moto4j.iam.internal.policy;

import java.nio.charset.StandardCharsets;
import org.moto4j.core.policy.MalformedPolicyException;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.iam.internal.IamErrors;

/**
 * What IAM does with the text of a policy document: checks its grammar, measures it against the
 * size quotas (which do not count white space) and encodes it for the wire, where AWS answers
 * documents URL-encoded (RFC 3986).
 */
public final class PolicyDocuments {

  /** The size quota of a managed policy version, in characters other than white space. */
  public static final int MANAGED_POLICY_MAX_SIZE = 6144;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PolicyDocuments() {}

  /**
   * Checks an identity-based policy document against core's policy grammar.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedPolicyDocument} with AWS's reason
   */
  public static void checkIdentityPolicy(String document) {
    try {
      PolicyDocument.parse(document, PolicyKind.IDENTITY);
    } catch (MalformedPolicyException e) {
      throw IamErrors.MALFORMED_POLICY_DOCUMENT.exception(e.getMessage());
    }
  }

  /** The size of a document as IAM's quotas count it: every character but white space. */
  public static int size(String document) {
    int size = 0;
    for (int i = 0; i < document.length(); ) {
      int c = document.codePointAt(i);
      if (!Character.isWhitespace(c)) {
        size++;
      }
      i += Character.charCount(c);
    }
    return size;
  }

  /**
   * A document as AWS writes it in responses: its UTF-8 bytes percent-encoded, every byte but RFC
   * 3986's unreserved characters ({@code A-Z a-z 0-9 - . _ ~}).
   */
  public static String encoded(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + bytes.length / 2);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
