package org.moto4j.iam.internal.simulate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.MatchedStatement;
import org.moto4j.core.policy.SourceRange;
import org.moto4j.core.protocol.XmlWriter;

/** Writes {@code SimulatePolicyResponse}'s evaluation results in the model's member order. */
final class SimulationXml {

  /** The resource name AWS reports when it has no ARN template for the action. */
  private static final String ANY_RESOURCE = "*";

  private SimulationXml() {}

  static void write(XmlWriter xml, ActionResult result) {
    xml.start("member");
    xml.element("EvalActionName", result.action());
    xml.element("EvalResourceName", ANY_RESOURCE);
    xml.element("EvalDecision", result.decision().text());
    statements(xml, result.matched());
    keys(xml, "MissingContextValues", result.missing());
    boundary(xml, result.allowedByBoundary());
    details(xml, result.details());
    if (!result.resources().isEmpty()) {
      xml.start("ResourceSpecificResults");
      for (ActionResult.ResourceResult resource : result.resources()) {
        xml.start("member");
        xml.element("EvalResourceName", resource.resource());
        xml.element("EvalResourceDecision", resource.decision().text());
        statements(xml, resource.matched());
        keys(xml, "MissingContextValues", resource.missing());
        details(xml, resource.details());
        boundary(xml, resource.allowedByBoundary());
        xml.end();
      }
      xml.end();
    }
    xml.end();
  }

  /** A list of context key names, such as {@code ContextKeyNames}. */
  static void keys(XmlWriter xml, String element, Collection<String> keys) {
    xml.start(element);
    keys.forEach(key -> xml.element("member", key));
    xml.end();
  }

  private static void statements(XmlWriter xml, List<MatchedStatement> matched) {
    xml.start("MatchedStatements");
    for (MatchedStatement statement : matched) {
      SourceRange range = statement.statement().range();
      xml.start("member");
      xml.element("SourcePolicyId", statement.source().id());
      xml.element("SourcePolicyType", statement.source().type());
      // IAM counts a statement from just inside its opening brace to just past its closing one
      position(xml, "StartPosition", range.startLine(), range.startColumn() + 1);
      position(xml, "EndPosition", range.endLine(), range.endColumn() + 1);
      xml.end();
    }
    xml.end();
  }

  private static void position(XmlWriter xml, String element, int line, int column) {
    xml.start(element).element("Line", line).element("Column", column).end();
  }

  private static void boundary(XmlWriter xml, Boolean allowed) {
    if (allowed != null) {
      xml.start("PermissionsBoundaryDecisionDetail")
          .element("AllowedByPermissionsBoundary", allowed.booleanValue())
          .end();
    }
  }

  private static void details(XmlWriter xml, Map<String, Decision> details) {
    if (details == null) {
      return;
    }
    xml.start("EvalDecisionDetails");
    details.forEach(
        (source, decision) ->
            xml.start("entry").element("key", source).element("value", decision.text()).end());
    xml.end();
  }
}
