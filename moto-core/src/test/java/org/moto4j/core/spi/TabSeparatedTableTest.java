package org.moto4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabSeparatedTableTest {

  private static final String TABLE = "/org/moto4j/core/spi/three-columns.tsv";

  @Test
  void rows_skip_comments_and_blank_lines() {
    assertThat(TabSeparatedTable.read(TabSeparatedTableTest.class, TABLE, 3))
        .containsExactly(
            List.of("GetObject", "GET", "object"), List.of("PutObject", "PUT", "object"));
  }

  @Test
  void a_row_with_another_column_count_names_its_line() {
    assertThatThrownBy(() -> TabSeparatedTable.read(TabSeparatedTableTest.class, TABLE, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("three-columns.tsv line 3: 3 tab-separated columns, expected 4");
  }

  @Test
  void a_missing_table_is_named() {
    assertThatThrownBy(() -> TabSeparatedTable.read(TabSeparatedTableTest.class, "/nowhere.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing resource /nowhere.tsv");
  }
}
