package org.moto4j.sts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The session policies and tags a caller passes to narrow a session: the inline policy's JSON is
 * checked, and the whole is measured as AWS's "packed" size, a percentage of what a session may
 * carry.
 */
final class SessionPolicy {

  /** The most plaintext the inline and managed session policies may have together. */
  static final int MAX_PLAINTEXT = 2048;

  /**
   * The packed budget. AWS does not publish its packing, so moto4j deflates the policy, the policy
   * ARNs and the tags and measures them against this many bytes: a one-statement policy takes about
   * 6%, as AWS's examples show, and fifty long tags overflow, as on AWS.
   */
  private static final int PACKED_BUDGET = 1400;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SessionPolicy() {}

  /**
   * The policy's length with insignificant whitespace removed, as AWS counts it against {@link
   * #MAX_PLAINTEXT}; a document that is not JSON counts without any whitespace.
   */
  static int plaintextLength(String policy) {
    try {
      return JSON.writeValueAsString(JSON.readTree(policy)).length();
    } catch (JacksonException e) {
      return policy.replaceAll("\\s+", "").length();
    }
  }

  /**
   * Checks that the inline policy is a JSON object.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedPolicyDocument} when it is not
   */
  static void checkJson(String policy) {
    JsonNode document;
    try {
      document = JSON.readTree(policy);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw StsErrors.MALFORMED_POLICY_DOCUMENT.exception(
          "The policy is not in the valid JSON format: " + e.getOriginalMessage() + where);
    }
    if (document == null || !document.isObject()) {
      throw StsErrors.MALFORMED_POLICY_DOCUMENT.exception(
          "The policy is not in the valid JSON format: a policy document is a JSON object.");
    }
  }

  /**
   * The packed size in percent, or {@code null} when the request passes no policy, policy ARN or
   * tag (AWS then omits {@code PackedPolicySize}).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code PackedPolicyTooLarge} above 100%
   */
  static Integer packedSize(String policy, List<String> policyArns, List<SessionTag> tags) {
    if (policy == null && policyArns.isEmpty() && tags.isEmpty()) {
      return null;
    }
    StringBuilder packed = new StringBuilder();
    if (policy != null) {
      packed.append(policy.replaceAll("\\s+", ""));
    }
    policyArns.forEach(arn -> packed.append('\n').append(arn));
    tags.forEach(tag -> packed.append('\n').append(tag.key()).append('=').append(tag.value()));
    int percent = (int) Math.ceil(deflatedSize(packed.toString()) * 100.0 / PACKED_BUDGET);
    if (percent > 100) {
      throw StsErrors.PACKED_POLICY_TOO_LARGE.exception(percent);
    }
    return percent;
  }

  private static int deflatedSize(String text) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.size();
    } finally {
      deflater.end();
    }
  }
}
