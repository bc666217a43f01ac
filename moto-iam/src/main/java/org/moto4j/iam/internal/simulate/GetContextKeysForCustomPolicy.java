package org.moto4j.iam.internal.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetContextKeysForCustomPolicy}: the context keys policies given as text read. */
public final class GetContextKeysForCustomPolicy implements QueryAction {

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    List<String> documents =
        validation.strings(
            "PolicyInputList", IamShapes.SIMULATION_POLICY_LIST, IamShapes.POLICY_DOCUMENT, true);
    validation.check();
    write(result, InputPolicies.parse("PolicyInputList", documents));
  }

  /** Writes {@code ContextKeyNames}: every key once, first use first. */
  static void write(XmlWriter result, List<PolicySource> policies) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (PolicySource policy : policies) {
      for (String key : policy.document().contextKeys()) {
        keys.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
      }
    }
    SimulationXml.keys(result, "ContextKeyNames", keys.values());
  }
}
