package org.moto4j.iam.internal.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.spi.TabSeparatedTable;

/**
 * IAM's operations → IAM permissions, read once from {@code permissions.tsv} beside {@code
 * operations.txt}: the action of each operation, the resource its request members name, and the
 * condition keys it carries.
 */
public final class IamPermissionTable {

  private static final String RESOURCE = "/org/moto4j/iam/permissions.tsv";

  /**
   * Where a row's resource ARN comes from.
   *
   * @param type {@code *}, {@code arn} or a resource type such as {@code user}
   * @param member the request member naming it, or {@code null} (the caller, or a listing)
   * @param pathMember the member holding the path a Create request gives it, or {@code null}
   * @param callerByDefault whether the caller's own user stands in when {@code member} is absent
   * @param listing whether {@code member} is a listing's {@code PathPrefix}
   */
  public record ResourceSpec(
      String type, String member, String pathMember, boolean callerByDefault, boolean listing) {

    static ResourceSpec parse(String text) {
      if (text.equals("*")) {
        return new ResourceSpec("*", null, null, false, false);
      }
      int open = text.indexOf('(');
      if (open < 0 || !text.endsWith(")")) {
        throw new IllegalStateException("Malformed resource " + text);
      }
      String type = text.substring(0, open);
      String inside = text.substring(open + 1, text.length() - 1);
      if (inside.equals("?")) {
        return new ResourceSpec(type, null, null, true, false);
      }
      if (inside.startsWith("*")) {
        return new ResourceSpec(type, inside.substring(1), null, false, true);
      }
      boolean optional = inside.endsWith("?");
      String members = optional ? inside.substring(0, inside.length() - 1) : inside;
      int comma = members.indexOf(',');
      return comma < 0
          ? new ResourceSpec(type, members, null, optional, false)
          : new ResourceSpec(
              type, members.substring(0, comma), members.substring(comma + 1), optional, false);
    }
  }

  /**
   * A condition key and where its value comes from.
   *
   * @param key the key, such as {@code iam:PolicyARN} or {@code aws:RequestTag/*}
   * @param source a request member, {@code Member.member} for a list, {@code @boundary} or {@code
   *     @tags}
   */
  public record KeySpec(String key, String source) {

    static KeySpec parse(String text) {
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new IllegalStateException("A key needs a source: " + text);
      }
      return new KeySpec(text.substring(0, equals), text.substring(equals + 1));
    }
  }

  /**
   * One permission an operation needs.
   *
   * @param operation the model's operation
   * @param action the IAM action
   * @param resource where its resource comes from
   * @param when the member the request must carry for it, or {@code null} for always
   * @param keys its condition keys
   */
  public record Row(
      String operation, String action, ResourceSpec resource, String when, List<KeySpec> keys) {}

  private final Map<String, List<Row>> rows;

  private IamPermissionTable(Map<String, List<Row>> rows) {
    this.rows = rows;
  }

  /** The table shipped with moto4j. */
  public static IamPermissionTable load() {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (List<String> columns : TabSeparatedTable.read(IamPermissionTable.class, RESOURCE, 6)) {
      Row row = parse(columns.toArray(String[]::new));
      rows.computeIfAbsent(row.operation(), k -> new ArrayList<>()).add(row);
    }
    rows.replaceAll((operation, list) -> List.copyOf(list));
    return new IamPermissionTable(Map.copyOf(rows));
  }

  private static Row parse(String[] columns) {
    List<KeySpec> keys = new ArrayList<>();
    if (!columns[4].equals("-")) {
      for (String key : columns[4].split(",")) {
        keys.add(KeySpec.parse(key));
      }
    }
    return new Row(
        columns[0],
        columns[1],
        ResourceSpec.parse(columns[2]),
        columns[3].equals("-") ? null : columns[3],
        List.copyOf(keys));
  }

  /** The rows of an operation; empty for one the table does not know. */
  public List<Row> rowsOf(String operation) {
    return rows.getOrDefault(operation, List.of());
  }

  /** Every operation the table maps. */
  public Set<String> operations() {
    return rows.keySet();
  }
}
