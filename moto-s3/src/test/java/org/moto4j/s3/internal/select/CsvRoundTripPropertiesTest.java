package org.moto4j.s3.internal.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the field values (delimiters, quotes, line breaks inside), records S3 Select writes as
 * CSV read back as the same records, for the default and for custom delimiters and quotes.
 */
class CsvRoundTripPropertiesTest {

  @Property(tries = 200)
  void written_records_read_back_unchanged(
      @ForAll("records") List<List<String>> records, @ForAll("dialects") Dialect dialect)
      throws IOException {
    RecordWriter.Csv writer =
        new RecordWriter.Csv(
            new SelectRequest.CsvOutput(
                dialect.quoteAlways(),
                dialect.quote(),
                dialect.recordDelimiter(),
                dialect.fieldDelimiter(),
                dialect.quote()));
    for (List<String> record : records) {
      List<Map.Entry<String, Object>> columns = new ArrayList<>();
      record.forEach(value -> columns.add(Map.entry("c", value)));
      writer.write(columns);
    }
    CsvRecordReader reader =
        new CsvRecordReader(
            new StringReader(writer.buffer.toString(StandardCharsets.UTF_8)),
            new SelectRequest.CsvInput(
                SelectRequest.FileHeaderInfo.NONE,
                null,
                dialect.quote(),
                dialect.recordDelimiter(),
                dialect.fieldDelimiter(),
                dialect.quote(),
                true));

    List<List<String>> read = new ArrayList<>();
    for (SelectRow row = reader.next(); row != null; row = reader.next()) {
      read.add(((SelectRow.Csv) row).values());
    }

    assertThat(read).isEqualTo(records);
  }

  record Dialect(
      String fieldDelimiter, String recordDelimiter, String quote, boolean quoteAlways) {}

  @Provide
  Arbitrary<Dialect> dialects() {
    return Arbitraries.of(
        new Dialect(",", "\n", "\"", false),
        new Dialect(",", "\n", "\"", true),
        new Dialect(";", "|", "'", false),
        new Dialect("\t", "\r\n", "\"", false),
        new Dialect("::", "##", "`", false));
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> values =
        Arbitraries.strings().withChars("ab,;:|#\t\r\n\"'` é").ofMaxLength(8);
    return values.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
  }
}
