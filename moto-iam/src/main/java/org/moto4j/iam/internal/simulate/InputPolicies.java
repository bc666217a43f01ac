package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.policy.MalformedPolicyException;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.iam.internal.IamErrors;

/** Policies given to the simulator as text, parsed and named as its results name them. */
final class InputPolicies {

  /** The source type the simulator reports for a policy given as text. */
  static final String NONE = "none";

  private InputPolicies() {}

  /**
   * The documents of list {@code member}, named {@code <member>.1}, {@code <member>.2}…
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for a malformed document
   */
  static List<PolicySource> parse(String member, List<String> documents) {
    List<PolicySource> sources = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      sources.add(
          new PolicySource(
              member + "." + (i + 1), NONE, document(documents.get(i), PolicyKind.IDENTITY)));
    }
    return sources;
  }

  /** The {@code ResourcePolicy} member, or null. */
  static PolicySource resourcePolicy(String document) {
    return document == null
        ? null
        : new PolicySource("ResourcePolicy", "resource", document(document, PolicyKind.RESOURCE));
  }

  static PolicyDocument document(String json, PolicyKind kind) {
    try {
      return PolicyDocument.parse(json, kind);
    } catch (MalformedPolicyException e) {
      throw IamErrors.SIMULATION_POLICY_MALFORMED.exception(e.getMessage());
    }
  }
}
