package org.moto4j.s3.internal.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moto4j.core.policy.MalformedPolicyException;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicyMessages;
import org.moto4j.core.policy.Principals;
import org.moto4j.core.policy.Statement;
import org.moto4j.s3.S3Errors;

/**
 * Validates a bucket policy as S3 does: IAM's grammar for resource policies ({@link
 * PolicyDocument#parse}), its messages restated as S3's {@code MalformedPolicy} ones, then S3's own
 * rules: principals it can resolve, {@code s3:} actions, resources of this bucket only, and actions
 * that apply to the resources named.
 */
public final class BucketPolicyRules {

  // S3's messages. Confirmed (SDK/CLI issue threads quoting AWS): FIRST_BYTE, INVALID_JSON,
  // INVALID_PRINCIPAL, ACTION_NOT_APPLICABLE, INVALID_RESOURCE. The rest follow AWS's pattern and
  // are unconfirmed.
  static final String FIRST_BYTE = "Policies must be valid JSON and the first byte must be '{'";
  static final String INVALID_JSON = "This policy contains invalid Json";
  static final String INVALID_PRINCIPAL = "Invalid principal in policy";
  static final String ACTION_NOT_APPLICABLE =
      "Action does not apply to any resource(s) in statement";
  static final String INVALID_RESOURCE = "Policy has invalid resource";
  static final String INVALID_ACTION = "Policy has invalid action";
  static final String SYNTAX = "Invalid policy syntax.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern IAM_PRINCIPAL =
      Pattern.compile(
          "arn:aws[a-z-]*:(iam::\\d{12}:(root|user/.+|role/.+|federated-user/.+)"
              + "|sts::\\d{12}:(assumed-role/.+/.+|federated-user/.+))");
  private static final Pattern CANONICAL_USER = Pattern.compile("[0-9a-f]{64}");
  private static final Set<String> OBJECT_ACTIONS_WITHOUT_OBJECT_IN_NAME =
      Set.of(
          "abortmultipartupload",
          "listmultipartuploadparts",
          "bypassgovernanceretention",
          "replicatedelete",
          "replicatetags");

  private BucketPolicyRules() {}

  /**
   * The policy document, valid for {@code bucketArn}.
   *
   * @param bucketArn the bucket's ARN, such as {@code arn:aws:s3:::bucket}
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedPolicy} with S3's message
   */
  public static PolicyDocument validate(String json, String bucketArn) {
    if (!json.stripLeading().startsWith("{")) {
      throw malformed(FIRST_BYTE);
    }
    PolicyDocument document;
    try {
      document = PolicyDocument.parse(json, PolicyKind.RESOURCE);
    } catch (MalformedPolicyException e) {
      throw malformed(s3Message(json, e.getMessage()));
    }
    for (Statement statement : document.statements()) {
      checkPrincipals(statement.principal());
      checkPrincipals(statement.notPrincipal());
      checkActionsAndResources(statement, bucketArn);
    }
    return document;
  }

  private static String s3Message(String json, String iamMessage) {
    if (iamMessage.equals(PolicyMessages.NO_PRINCIPAL)) {
      return iamMessage;
    }
    if (iamMessage.equals(PolicyMessages.NO_ACTIONS)) {
      return "Missing required field Action";
    }
    if (iamMessage.equals(PolicyMessages.NO_RESOURCES)) {
      return "Missing required field Resource";
    }
    if (iamMessage.equals(PolicyMessages.SID_NOT_UNIQUE)) {
      return iamMessage;
    }
    if (iamMessage.startsWith("Resource ")
        || iamMessage.startsWith("Partition ")
        || iamMessage.equals(PolicyMessages.VENDOR_NOT_QUALIFIED)) {
      return INVALID_RESOURCE;
    }
    if (iamMessage.startsWith("Vendor ")
        || iamMessage.equals(PolicyMessages.NO_VENDOR)
        || iamMessage.equals(PolicyMessages.TWO_COLONS)) {
      return INVALID_ACTION;
    }
    try {
      JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return INVALID_JSON;
    }
    return SYNTAX;
  }

  private static void checkPrincipals(Principals principals) {
    for (Map.Entry<String, List<String>> entry : principals.byType().entrySet()) {
      for (String value : entry.getValue()) {
        boolean valid =
            switch (entry.getKey()) {
              case "AWS" ->
                  value.equals("*")
                      || ACCOUNT.matcher(value).matches()
                      || IAM_PRINCIPAL.matcher(value).matches();
              case "CanonicalUser" -> CANONICAL_USER.matcher(value).matches();
              case "Service", "Federated" -> !value.isBlank();
              default -> false;
            };
        if (!valid) {
          throw malformed(INVALID_PRINCIPAL);
        }
      }
    }
  }

  private static void checkActionsAndResources(Statement statement, String bucketArn) {
    boolean anyObjectAction = statement.actions().negated();
    boolean anyBucketAction = statement.actions().negated();
    for (String action : statement.actions().values()) {
      String lower = action.toLowerCase(Locale.ROOT);
      if (!lower.equals("*") && !lower.startsWith("s3:")) {
        throw malformed(INVALID_ACTION);
      }
      String name = lower.equals("*") ? "*" : lower.substring(3);
      if (name.contains("*") || name.contains("?")) {
        anyObjectAction = true;
        anyBucketAction = true;
      } else if (isObjectAction(name)) {
        anyObjectAction = true;
      } else {
        anyBucketAction = true;
      }
    }
    boolean anyObjectResource = statement.resources().negated();
    boolean anyBucketResource = statement.resources().negated();
    for (String resource : statement.resources().values()) {
      if (resource.equals("*")) {
        anyObjectResource = true;
        anyBucketResource = true;
        continue;
      }
      boolean bucket = Glob.matches(resource, bucketArn);
      boolean object = Glob.matches(resource, bucketArn + "/key");
      if (!bucket && !object && !resource.startsWith(bucketArn + "/")) {
        throw malformed(INVALID_RESOURCE);
      }
      anyBucketResource |= bucket;
      anyObjectResource |= object || resource.startsWith(bucketArn + "/");
    }
    if (!(anyObjectAction && anyObjectResource || anyBucketAction && anyBucketResource)) {
      throw malformed(ACTION_NOT_APPLICABLE);
    }
  }

  /** Whether an S3 action (lower case, without {@code s3:}) acts on objects. */
  static boolean isObjectAction(String name) {
    return name.contains("object") || OBJECT_ACTIONS_WITHOUT_OBJECT_IN_NAME.contains(name);
  }

  private static RuntimeException malformed(String message) {
    return S3Errors.MALFORMED_POLICY.exception(message);
  }

  /** IAM's wildcard match of a resource pattern ({@code *}, {@code ?}) against an ARN. */
  static final class Glob {
    private Glob() {}

    static boolean matches(String pattern, String value) {
      return matches(pattern, 0, value, 0);
    }

    private static boolean matches(String pattern, int p, String value, int v) {
      while (p < pattern.length()) {
        char c = pattern.charAt(p);
        if (c == '*') {
          for (int i = v; i <= value.length(); i++) {
            if (matches(pattern, p + 1, value, i)) {
              return true;
            }
          }
          return false;
        }
        if (v >= value.length() || c != '?' && c != value.charAt(v)) {
          return false;
        }
        p++;
        v++;
      }
      return v == value.length();
    }
  }
}
