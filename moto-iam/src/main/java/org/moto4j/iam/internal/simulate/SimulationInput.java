package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.moto4j.core.policy.ContextKeyType;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/**
 * The members SimulateCustomPolicy and SimulatePrincipalPolicy share, read and checked against the
 * model.
 *
 * @param policies {@code PolicyInputList}, empty when absent
 * @param boundaries {@code PermissionsBoundaryPolicyInputList}, empty when absent
 * @param actions {@code ActionNames}
 * @param resources {@code ResourceArns}, or null when absent (the simulator then uses {@code *})
 * @param resourcePolicy {@code ResourcePolicy}, or null
 * @param resourceOwner {@code ResourceOwner}, or null
 * @param callerArn {@code CallerArn}, or null
 * @param context {@code ContextEntries} by key name
 */
record SimulationInput(
    List<String> policies,
    List<String> boundaries,
    List<String> actions,
    List<String> resources,
    String resourcePolicy,
    String resourceOwner,
    String callerArn,
    Map<String, ContextValue> context,
    Paging paging) {

  /** Reads the shared members; {@code policiesRequired} for SimulateCustomPolicy. */
  static SimulationInput read(Validation validation, boolean policiesRequired) {
    List<String> policies =
        validation.strings(
            "PolicyInputList",
            IamShapes.SIMULATION_POLICY_LIST,
            IamShapes.POLICY_DOCUMENT,
            policiesRequired);
    List<String> boundaries =
        validation.strings(
            "PermissionsBoundaryPolicyInputList",
            IamShapes.SIMULATION_POLICY_LIST,
            IamShapes.POLICY_DOCUMENT,
            false);
    List<String> actions =
        validation.strings("ActionNames", IamShapes.ACTION_NAME_LIST, IamShapes.ACTION_NAME, true);
    List<String> resources =
        validation.strings(
            "ResourceArns", IamShapes.RESOURCE_NAME_LIST, IamShapes.RESOURCE_NAME, false);
    String resourcePolicy = validation.optional("ResourcePolicy", IamShapes.POLICY_DOCUMENT);
    String resourceOwner = validation.optional("ResourceOwner", IamShapes.RESOURCE_NAME);
    String callerArn = validation.optional("CallerArn", IamShapes.RESOURCE_NAME);
    Map<String, ContextValue> context = contextEntries(validation);
    validation.optional("ResourceHandlingOption", IamShapes.RESOURCE_HANDLING_OPTION);
    Paging paging = Paging.read(validation);
    return new SimulationInput(
        policies == null ? List.of() : policies,
        boundaries == null ? List.of() : boundaries,
        actions == null ? List.of() : actions,
        resources,
        resourcePolicy,
        resourceOwner,
        callerArn,
        context,
        paging);
  }

  /** {@code ContextEntries.member.N.ContextKeyName/ContextKeyType/ContextKeyValues.member.M}. */
  private static Map<String, ContextValue> contextEntries(Validation validation) {
    List<Map<String, String>> entries =
        validation.structures("ContextEntries", IamShapes.CONTEXT_ENTRY_LIST, false);
    Map<String, ContextValue> context = new LinkedHashMap<>();
    if (entries == null) {
      return context;
    }
    for (int i = 0; i < entries.size(); i++) {
      Map<String, String> entry = entries.get(i);
      String name =
          validation.optionalField(
              "ContextEntries", i, entry, "ContextKeyName", IamShapes.CONTEXT_KEY_NAME);
      String type =
          validation.optionalField(
              "ContextEntries", i, entry, "ContextKeyType", IamShapes.CONTEXT_KEY_TYPE);
      TreeMap<Integer, String> values = new TreeMap<>();
      entry.forEach(
          (field, value) -> {
            if (field.startsWith("ContextKeyValues.member.")) {
              try {
                values.put(
                    Integer.parseInt(field.substring("ContextKeyValues.member.".length())), value);
              } catch (NumberFormatException e) {
                // not a list member: ignored, as unknown members are
              }
            }
          });
      if (name == null) {
        continue;
      }
      ContextKeyType keyType =
          type == null
              ? ContextKeyType.STRING
              : ContextKeyType.fromText(type).orElse(ContextKeyType.STRING);
      context.put(name, new ContextValue(keyType, new ArrayList<>(values.values())));
    }
    return context;
  }
}
