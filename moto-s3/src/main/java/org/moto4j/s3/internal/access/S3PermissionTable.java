package org.moto4j.s3.internal.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.spi.TabSeparatedTable;

/**
 * S3's operations → IAM permissions, read once from {@code permissions.tsv} beside {@code
 * routes.tsv}: for each operation the actions it needs, on which resource, when, and with which
 * service condition keys.
 */
public final class S3PermissionTable {

  private static final String RESOURCE = "/org/moto4j/s3/permissions.tsv";

  /** What a row's permission is on. */
  public enum Resource {
    /** Every resource ({@code *}). */
    ANY,
    /** The addressed bucket. */
    BUCKET,
    /** The addressed object. */
    OBJECT,
    /** Every object of the bucket, when the key is in the body. */
    BUCKET_OBJECTS,
    /** The object {@code x-amz-copy-source} names. */
    SOURCE_OBJECT,
    /** Each object a DeleteObjects body names. */
    EACH_KEY,
    /** The bucket as a directory bucket ({@code s3express}). */
    EXPRESS_BUCKET;

    static Resource parse(String text) {
      return switch (text) {
        case "*" -> ANY;
        case "bucket" -> BUCKET;
        case "object" -> OBJECT;
        case "bucket-objects" -> BUCKET_OBJECTS;
        case "source-object" -> SOURCE_OBJECT;
        case "each-key" -> EACH_KEY;
        case "express-bucket" -> EXPRESS_BUCKET;
        default -> throw new IllegalStateException("Unknown resource " + text);
      };
    }
  }

  /**
   * When a row applies: always, or when the request carries (or lacks) a query parameter, a header
   * (with a value), an ACL header, or a versioned copy source.
   *
   * @param kind {@code always}, {@code query}, {@code header}, {@code acl} or {@code
   *     source-version}
   * @param name the query parameter or header (lower case), or {@code null}
   * @param value the header value required, or {@code null} for any
   * @param negated whether the request must lack it
   */
  public record When(String kind, String name, String value, boolean negated) {

    static final When ALWAYS = new When("always", null, null, false);

    static When parse(String text) {
      if (text.equals("-")) {
        return ALWAYS;
      }
      boolean negated = text.startsWith("!");
      String rest = negated ? text.substring(1) : text;
      int colon = rest.indexOf(':');
      if (colon < 0) {
        if (!rest.equals("acl") && !rest.equals("source-version")) {
          throw new IllegalStateException("Unknown condition " + text);
        }
        return new When(rest, null, null, negated);
      }
      String kind = rest.substring(0, colon);
      String name = rest.substring(colon + 1);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!kind.equals("query") && !kind.equals("header")) {
        throw new IllegalStateException("Unknown condition " + text);
      }
      return new When(
          kind,
          kind.equals("header") ? name.toLowerCase(java.util.Locale.ROOT) : name,
          value,
          negated);
    }
  }

  /**
   * One permission an operation needs.
   *
   * @param operation the model's operation name
   * @param action the IAM action
   * @param resource what it is on
   * @param when when the request needs it
   * @param keys the service condition keys it carries ({@code s3:ExistingObjectTag/*} for a family)
   */
  public record Row(
      String operation, String action, Resource resource, When when, List<String> keys) {}

  private final Map<String, List<Row>> rows;

  private S3PermissionTable(Map<String, List<Row>> rows) {
    this.rows = rows;
  }

  /** The table shipped with moto4j. */
  public static S3PermissionTable load() {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (List<String> columns : TabSeparatedTable.read(S3PermissionTable.class, RESOURCE, 6)) {
      Row row = parse(columns.toArray(String[]::new));
      rows.computeIfAbsent(row.operation(), k -> new ArrayList<>()).add(row);
    }
    rows.replaceAll((operation, list) -> List.copyOf(list));
    return new S3PermissionTable(Map.copyOf(rows));
  }

  private static Row parse(String[] columns) {
    return new Row(
        columns[0],
        columns[1],
        Resource.parse(columns[2]),
        When.parse(columns[3]),
        columns[4].equals("-") ? List.of() : List.of(columns[4].split(",")));
  }

  /** The rows of an operation, in the order S3 checks them; empty for an unknown one. */
  public List<Row> rowsOf(String operation) {
    return rows.getOrDefault(operation, List.of());
  }

  /** Every operation the table maps. */
  public Set<String> operations() {
    return rows.keySet();
  }
}
