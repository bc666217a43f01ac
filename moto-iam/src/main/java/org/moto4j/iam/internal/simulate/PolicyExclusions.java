package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.policy.PolicyHolder;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * SimulatePrincipalPolicy's {@code PolicyExclusionList}: policies left out by type, by ARN (with
 * {@code *} and {@code ?} in the name) or as a named inline policy of matching entities.
 * Identifiers that match nothing are ignored, as AWS does; SCP and RCP identifiers have nothing to
 * match here.
 */
final class PolicyExclusions {

  /** Excludes nothing. */
  static final PolicyExclusions NONE = new PolicyExclusions(List.of(), List.of(), List.of());

  private record Inline(String policyName, String attachmentType, Pattern attachmentName) {}

  private final List<String> types;
  private final List<Pattern> arns;
  private final List<Inline> inlines;

  private PolicyExclusions(List<String> types, List<Pattern> arns, List<Inline> inlines) {
    this.types = types;
    this.arns = arns;
    this.inlines = inlines;
  }

  static PolicyExclusions read(Validation validation) {
    String member = "PolicyExclusionList";
    List<Map<String, String>> entries =
        validation.structures(member, IamShapes.POLICY_EXCLUSION_LIST, false);
    if (entries == null) {
      return NONE;
    }
    List<String> types = new ArrayList<>();
    List<Pattern> arns = new ArrayList<>();
    List<Inline> inlines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Map<String, String> entry = entries.get(i);
      String type =
          validation.optionalField(
              member, i, entry, "PolicyType", IamShapes.POLICY_IDENTIFIER_TYPE);
      String arn = validation.optionalField(member, i, entry, "PolicyArn", IamShapes.ARN);
      String policyName =
          validation.optionalField(
              member, i, entry, "InlinePolicyIdentifier.PolicyName", IamShapes.POLICY_NAME);
      String attachmentType =
          validation.optionalField(
              member, i, entry, "InlinePolicyIdentifier.AttachmentType", IamShapes.ATTACHMENT_TYPE);
      String attachmentName = entry.get("InlinePolicyIdentifier.AttachmentName");
      if (type != null) {
        types.add(type);
      }
      if (arn != null) {
        arns.add(wildcards(arn));
      }
      if (policyName != null && attachmentType != null && attachmentName != null) {
        inlines.add(new Inline(policyName, attachmentType, wildcards(attachmentName)));
      }
    }
    return new PolicyExclusions(List.copyOf(types), List.copyOf(arns), List.copyOf(inlines));
  }

  boolean excludesInline(PolicyHolder holder, String policyName) {
    if (types.contains("inline")) {
      return true;
    }
    for (Inline inline : inlines) {
      if (inline.policyName().equals(policyName)
          && inline.attachmentType().equals(holder.kind().word())
          && inline.attachmentName().matcher(holder.name()).matches()) {
        return true;
      }
    }
    return false;
  }

  boolean excludesManaged(ManagedPolicy policy) {
    if (types.contains(policy.awsManaged() ? "aws-managed" : "user-managed")) {
      return true;
    }
    return arns.stream().anyMatch(arn -> arn.matcher(policy.arn()).matches());
  }

  boolean excludesBoundary() {
    return types.contains("permission-boundary");
  }

  private static Pattern wildcards(String text) {
    StringBuilder regex = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
