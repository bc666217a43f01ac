package org.moto4j.core.policy;

import static org.moto4j.core.policy.JsonShapes.conditionValues;
import static org.moto4j.core.policy.JsonShapes.principals;
import static org.moto4j.core.policy.JsonShapes.strings;
import static org.moto4j.core.policy.JsonShapes.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moto4j.core.policy.JsonTree.Array;
import org.moto4j.core.policy.JsonTree.Node;
import org.moto4j.core.policy.JsonTree.Obj;
import org.moto4j.core.policy.JsonTree.Text;

/**
 * IAM's policy grammar: the checks run in IAM's order (syntax, version, legacy parsing, statement
 * ids, actions, resources, resource formats, action vendors), the first failing one answering its
 * message, then the document built from the JSON tree.
 */
final class PolicyGrammar {

  private static final Set<String> TOP_ELEMENTS =
      Set.of("Version", "Id", "Statement", "Conditions");
  private static final Set<String> VERSIONS =
      Set.of(PolicyDocument.VERSION_2008, PolicyDocument.VERSION_2012);
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of(
          "Sid",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Condition");
  private static final Pattern BAD_VENDOR_CHAR = Pattern.compile("[^a-zA-Z0-9\\-.]");
  private static final Set<String> TRUST_ACTIONS =
      Set.of(
          "sts:assumerole",
          "sts:assumerolewithsaml",
          "sts:assumerolewithwebidentity",
          "sts:tagsession",
          "sts:setsourceidentity",
          "sts:setcontext",
          "*");

  private final PolicyKind kind;
  private final Obj root;
  private final List<Obj> statements = new ArrayList<>();

  private PolicyGrammar(PolicyKind kind, Obj root) {
    this.kind = kind;
    this.root = root;
  }

  static PolicyDocument parse(String json, PolicyKind kind) {
    Node node;
    try {
      if (json == null) {
        throw new JsonTree.InvalidJson("no document");
      }
      node = JsonTree.read(json);
    } catch (JsonTree.InvalidJson e) {
      throw malformed(
          kind == PolicyKind.TRUST ? PolicyMessages.INVALID_JSON : PolicyMessages.SYNTAX);
    }
    if (!(node instanceof Obj root)) {
      throw malformed(PolicyMessages.SYNTAX);
    }
    PolicyGrammar grammar = new PolicyGrammar(kind, root);
    grammar.validate();
    return grammar.build(json);
  }

  private void validate() {
    if (!syntaxIsValid()) {
      throw malformed(PolicyMessages.SYNTAX);
    }
    if (kind == PolicyKind.IDENTITY && !PolicyDocument.VERSION_2012.equals(text(root, "Version"))) {
      throw malformed(PolicyMessages.VERSION);
    }
    if (kind == PolicyKind.IDENTITY && statements.stream().anyMatch(PolicyGrammar::hasPrincipal)) {
      throw malformed(PolicyMessages.PRINCIPAL_NOT_ALLOWED);
    }
    String resourceError = legacyParsingAndResourceFormats();
    checkSidsUnique();
    for (Obj statement : statements) {
      if (!hasValues(statement, "Action", "NotAction")) {
        throw malformed(PolicyMessages.NO_ACTIONS);
      }
    }
    if (kind != PolicyKind.TRUST) {
      for (Obj statement : statements) {
        if (!hasValues(statement, "Resource", "NotResource")) {
          throw malformed(PolicyMessages.NO_RESOURCES);
        }
      }
    }
    if (resourceError != null) {
      throw malformed(resourceError);
    }
    checkVendors("Action");
    checkVendors("NotAction");
    if (kind == PolicyKind.TRUST) {
      checkTrust();
    }
    if (kind != PolicyKind.IDENTITY) {
      for (Obj statement : statements) {
        if (!hasPrincipal(statement)) {
          throw malformed(PolicyMessages.NO_PRINCIPAL);
        }
      }
    }
  }

  // ---- syntax ----

  private boolean syntaxIsValid() {
    for (String element : root.members().keySet()) {
      if (!TOP_ELEMENTS.contains(element)) {
        return false;
      }
    }
    String version = text(root, "Version");
    if (root.has("Version") && (version == null || !VERSIONS.contains(version))) {
      return false;
    }
    if (root.has("Id") && !(root.get("Id") instanceof Text)) {
      return false;
    }
    Node statement = root.get("Statement");
    if (statement instanceof Obj single) {
      statements.add(single);
    } else if (statement instanceof Array many) {
      for (Node item : many.items()) {
        if (!(item instanceof Obj obj)) {
          return false;
        }
        statements.add(obj);
      }
    } else {
      return false;
    }
    if (statements.isEmpty()) {
      return false;
    }
    return statements.stream().allMatch(PolicyGrammar::statementSyntaxIsValid);
  }

  private static boolean statementSyntaxIsValid(Obj statement) {
    for (String element : statement.members().keySet()) {
      if (!STATEMENT_ELEMENTS.contains(element)) {
        return false;
      }
    }
    if (statement.has("Resource") && statement.has("NotResource")
        || statement.has("Action") && statement.has("NotAction")
        || statement.has("Principal") && statement.has("NotPrincipal")) {
      return false;
    }
    String effect = text(statement, "Effect");
    if (effect == null || !Set.of("allow", "deny").contains(effect.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String element : List.of("Action", "NotAction", "Resource", "NotResource")) {
      if (statement.has(element) && strings(statement.get(element)) == null) {
        return false;
      }
    }
    if (statement.has("Sid") && !(statement.get("Sid") instanceof Text)) {
      return false;
    }
    for (String element : List.of("Principal", "NotPrincipal")) {
      if (statement.has(element) && principals(statement.get(element)) == null) {
        return false;
      }
    }
    return !statement.has("Condition") || conditionSyntaxIsValid(statement.get("Condition"));
  }

  private static boolean conditionSyntaxIsValid(Node condition) {
    if (!(condition instanceof Obj operators)) {
      return false;
    }
    for (Map.Entry<String, Node> operator : operators.members().entrySet()) {
      if (!(operator.getValue() instanceof Obj keys)) {
        return false;
      }
      for (Node values : keys.members().values()) {
        if (conditionValues(values) == null) {
          return false;
        }
      }
      if (ConditionOperator.parse(operator.getKey()).isEmpty() && !keys.members().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  // ---- legacy parsing, resource formats ----

  /**
   * Runs IAM's legacy parse (case-sensitive effect, date values, resource shapes) and returns the
   * resource format error to answer later, if any: as IAM does, a later format error replaces an
   * earlier one, and a statement's legacy resource parse runs only while none was found.
   */
  private String legacyParsingAndResourceFormats() {
    for (Obj statement : statements) {
      String effect = text(statement, "Effect");
      if (!effect.equals("Allow") && !effect.equals("Deny")) {
        throw malformed(PolicyMessages.LEGACY_PARSING);
      }
      if (!dateConditionsParse(statement)) {
        throw malformed(PolicyMessages.LEGACY_PARSING);
      }
    }
    String resourceError = null;
    for (String element : List.of("Resource", "NotResource")) {
      for (Obj statement : statements) {
        if (!statement.has(element)) {
          continue;
        }
        List<String> values = new ArrayList<>(strings(statement.get(element)));
        if (statement.get(element) instanceof Array) {
          values.sort(java.util.Comparator.reverseOrder());
        }
        for (String value : values) {
          String problem = ResourceFormat.problem(value);
          if (problem != null) {
            resourceError = problem;
          }
        }
        if (resourceError == null
            && !values.stream().allMatch(ResourceFormat::passesLegacyParsing)) {
          throw malformed(PolicyMessages.LEGACY_PARSING);
        }
      }
    }
    return resourceError;
  }

  private static boolean dateConditionsParse(Obj statement) {
    if (!(statement.get("Condition") instanceof Obj operators)) {
      return true;
    }
    for (Map.Entry<String, Node> operator : operators.members().entrySet()) {
      boolean isDate =
          ConditionOperator.parse(operator.getKey()).map(op -> op.base().isDate()).orElse(false);
      if (!isDate) {
        continue;
      }
      for (Node values : ((Obj) operator.getValue()).members().values()) {
        if (!conditionValues(values).stream().allMatch(IsoDates::acceptable)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- statement ids, actions ----

  private void checkSidsUnique() {
    Set<String> seen = new HashSet<>();
    for (Obj statement : statements) {
      String sid = text(statement, "Sid");
      if (sid != null && !sid.isEmpty() && !seen.add(sid)) {
        throw malformed(PolicyMessages.SID_NOT_UNIQUE);
      }
    }
  }

  private void checkVendors(String element) {
    for (Obj statement : statements) {
      if (!statement.has(element)) {
        continue;
      }
      for (String action : strings(statement.get(element))) {
        String[] parts = action.split(":", -1);
        if (parts.length == 1 && !parts[0].equals("*")) {
          throw malformed(PolicyMessages.NO_VENDOR);
        }
        if (parts.length > 2) {
          throw malformed(PolicyMessages.TWO_COLONS);
        }
        if (!parts[0].equals("*") && BAD_VENDOR_CHAR.matcher(parts[0]).find()) {
          throw malformed(String.format(PolicyMessages.VENDOR_NOT_VALID, parts[0]));
        }
      }
    }
  }

  private void checkTrust() {
    for (Obj statement : statements) {
      if (statement.has("Resource") || statement.has("NotResource")) {
        throw malformed(PolicyMessages.TRUST_RESOURCE);
      }
      for (String element : List.of("Action", "NotAction")) {
        if (!statement.has(element)) {
          continue;
        }
        for (String action : strings(statement.get(element))) {
          if (!TRUST_ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
            throw malformed(PolicyMessages.TRUST_ACTIONS);
          }
        }
      }
    }
  }

  // ---- building ----

  private PolicyDocument build(String json) {
    List<Statement> built = new ArrayList<>();
    for (Obj statement : statements) {
      built.add(
          new Statement(
              text(statement, "Sid"),
              text(statement, "Effect").equals("Allow") ? Effect.ALLOW : Effect.DENY,
              principalsOf(statement, "Principal"),
              principalsOf(statement, "NotPrincipal"),
              valuesOf(statement, "Action", "NotAction"),
              valuesOf(statement, "Resource", "NotResource"),
              conditionsOf(statement),
              statement.range()));
    }
    return new PolicyDocument(text(root, "Version"), text(root, "Id"), built, json);
  }

  private static Principals principalsOf(Obj statement, String element) {
    return statement.has(element) ? principals(statement.get(element)) : Principals.ABSENT;
  }

  private static ElementValues valuesOf(Obj statement, String positive, String negative) {
    if (statement.has(positive)) {
      return ElementValues.of(strings(statement.get(positive)));
    }
    if (statement.has(negative)) {
      return ElementValues.not(strings(statement.get(negative)));
    }
    return ElementValues.ABSENT;
  }

  private static List<Condition> conditionsOf(Obj statement) {
    List<Condition> conditions = new ArrayList<>();
    if (statement.get("Condition") instanceof Obj operators) {
      for (Map.Entry<String, Node> operator : operators.members().entrySet()) {
        ConditionOperator.parse(operator.getKey())
            .ifPresent(
                op -> {
                  for (Map.Entry<String, Node> key :
                      ((Obj) operator.getValue()).members().entrySet()) {
                    conditions.add(
                        new Condition(op, key.getKey(), conditionValues(key.getValue())));
                  }
                });
      }
    }
    return conditions;
  }

  // ---- JSON shapes ----

  private static boolean hasPrincipal(Obj statement) {
    return statement.has("Principal") || statement.has("NotPrincipal");
  }

  private static boolean hasValues(Obj statement, String positive, String negative) {
    Node node = statement.has(positive) ? statement.get(positive) : statement.get(negative);
    return node != null && !(node instanceof Array array && array.items().isEmpty());
  }

  private static MalformedPolicyException malformed(String message) {
    return new MalformedPolicyException(message);
  }
}
