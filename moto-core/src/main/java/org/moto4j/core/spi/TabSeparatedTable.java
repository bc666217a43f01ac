package org.moto4j.core.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated tables services ship as resources (S3's routes, each service's
 * permissions): one row per line, {@code #} comment lines and blank lines skipped, every row with
 * the same number of columns. A malformed table is a build defect, so it fails loudly.
 *
 * <pre>{@code
 * for (List<String> row : TabSeparatedTable.read(S3Routes.class, "/org/moto4j/s3/routes.tsv", 8)) {
 *   ...
 * }
 * }</pre>
 */
public final class TabSeparatedTable {

  private TabSeparatedTable() {}

  /**
   * The rows of the resource {@code path}, found through {@code owner}'s class loader.
   *
   * @throws IllegalStateException when the resource is missing or a row has another column count
   */
  public static List<List<String>> read(Class<?> owner, String path, int columns) {
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(
              path
                  + " line "
                  + number
                  + ": "
                  + cells.length
                  + " tab-separated columns, expected "
                  + columns
                  + ": "
                  + line);
        }
        rows.add(List.of(cells));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
