package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.CSVInput;
import software.amazon.awssdk.services.s3.model.CSVOutput;
import software.amazon.awssdk.services.s3.model.CompressionType;
import software.amazon.awssdk.services.s3.model.FileHeaderInfo;
import software.amazon.awssdk.services.s3.model.InputSerialization;
import software.amazon.awssdk.services.s3.model.JSONInput;
import software.amazon.awssdk.services.s3.model.JSONOutput;
import software.amazon.awssdk.services.s3.model.JSONType;
import software.amazon.awssdk.services.s3.model.OutputSerialization;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.SelectObjectContentRequest;
import software.amazon.awssdk.services.s3.model.SelectObjectContentResponseHandler;
import software.amazon.awssdk.services.s3.model.Stats;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * SelectObjectContent through the async SDK's event-stream handler (the sync client has no select),
 * once per addressing style: CSV and JSON in and out, projections, WHERE, LIMIT, aggregates, GZIP,
 * Stats, SQL errors, and a second account.
 */
abstract class SelectObjectContentBehaviour {

  static final String BUCKET = "select";
  static final String PEOPLE =
      "name,age,city\nAlice,34,Paris\nBob,27,\"Berlin, DE\"\nCarol,41,Oslo\nDan,19,Rome\n";
  static final String ORDERS =
      "{\"id\":1,\"customer\":{\"name\":\"Alice\",\"city\":\"Paris\"},\"total\":12.5}\n"
          + "{\"id\":2,\"customer\":{\"name\":\"Bob\",\"city\":\"Berlin\"},\"total\":7}\n"
          + "{\"id\":3,\"customer\":{\"name\":\"Carol\"},\"total\":30.25,\"note\":null}\n";

  static MotoServer server;
  static LoopbackTunnel tunnel;
  static S3AsyncClient s3;
  static S3AsyncClient other;

  abstract S3TestServer.Style style();

  @BeforeAll
  static void startServer() throws IOException {
    server = S3TestServer.start();
    tunnel = new LoopbackTunnel(server.port());
  }

  @AfterAll
  static void stopServer() throws IOException {
    s3.close();
    other.close();
    s3 = null;
    other = null;
    tunnel.close();
    server.close();
  }

  @BeforeEach
  void objects() {
    server.moto().reset();
    if (s3 == null) {
      s3 = AsyncClients.client(server, style(), tunnel, null);
      other = AsyncClients.client(server, style(), tunnel, ANOTHER_ACCOUNT);
    }
    s3.createBucket(b -> b.bucket(BUCKET)).join();
    put("people.csv", PEOPLE.getBytes(StandardCharsets.UTF_8));
    put("orders.json", ORDERS.getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @Test
  void select_star_over_csv_answers_every_record_as_written() {
    Result result =
        select(s3, "people.csv", "SELECT * FROM S3Object", csv(FileHeaderInfo.NONE), csvOut());

    assertThat(result.output()).isEqualTo(PEOPLE);
    assertThat(result.ended()).isTrue();
  }

  @Test
  void projections_where_and_cast_use_the_header_names() {
    Result result =
        select(
            s3,
            "people.csv",
            "SELECT s.name, s.\"city\" AS town FROM S3Object s WHERE CAST(s.age AS INT) > 30",
            csv(FileHeaderInfo.USE),
            jsonOut());

    assertThat(result.output())
        .isEqualTo(
            "{\"name\":\"Alice\",\"town\":\"Paris\"}\n{\"name\":\"Carol\",\"town\":\"Oslo\"}\n");
  }

  @Test
  void positional_columns_skip_an_ignored_header_and_quote_as_needed() {
    Result result =
        select(
            s3,
            "people.csv",
            "SELECT s._1, s._3 FROM S3Object s WHERE s._1 LIKE '_o%' OR s._3 IS NULL",
            csv(FileHeaderInfo.IGNORE),
            csvOut());

    assertThat(result.output()).isEqualTo("Bob,\"Berlin, DE\"\n");
  }

  @Test
  void where_combines_not_and_or_and_parentheses() {
    Result result =
        select(
            s3,
            "people.csv",
            "SELECT name FROM S3Object s WHERE NOT (s.city = 'Paris' OR s.city <> 'Oslo') AND"
                + " CAST(s.age AS FLOAT) >= 41.0",
            csv(FileHeaderInfo.USE),
            csvOut());

    assertThat(result.output()).isEqualTo("Carol\n");
  }

  @Test
  void limit_stops_after_that_many_records() {
    Result result =
        select(
            s3,
            "people.csv",
            "SELECT s._1 FROM S3Object s LIMIT 2",
            csv(FileHeaderInfo.NONE),
            csvOut());

    assertThat(result.output()).isEqualTo("name\nAlice\n");
  }

  @Test
  void aggregates_answer_one_record() {
    Result result =
        select(
            s3,
            "people.csv",
            "SELECT COUNT(*), SUM(CAST(s.age AS INT)), MIN(CAST(s.age AS INT)), MAX(s.name),"
                + " AVG(CAST(s.age AS INT)) AS mean FROM S3Object s WHERE s.age > 20",
            csv(FileHeaderInfo.USE),
            jsonOut());

    assertThat(result.output())
        .isEqualTo("{\"_1\":3,\"_2\":102,\"_3\":27,\"_4\":\"Carol\",\"mean\":34}\n");
  }

  @Test
  void count_over_json_lines_with_nested_paths() {
    Result result =
        select(
            s3,
            "orders.json",
            "SELECT COUNT(*) FROM S3Object[*] o WHERE o.customer.city IS NOT MISSING",
            json(JSONType.LINES),
            csvOut());

    assertThat(result.output()).isEqualTo("2\n");
  }

  @Test
  void json_projections_keep_names_numbers_and_nulls() {
    Result result =
        select(
            s3,
            "orders.json",
            "SELECT o.id, o.customer.name AS who, o.total * 2, o.note FROM S3Object o WHERE o.total"
                + " > 10",
            json(JSONType.LINES),
            jsonOut());

    assertThat(result.output())
        .isEqualTo(
            "{\"id\":1,\"who\":\"Alice\",\"_3\":25.0}\n"
                + "{\"id\":3,\"who\":\"Carol\",\"_3\":60.50,\"note\":null}\n");
  }

  @Test
  void a_json_document_path_with_a_wildcard_makes_its_elements_the_records() {
    put(
        "doc.json",
        "{\"items\": [\n {\"sku\": \"a\", \"qty\": 2},\n {\"sku\": \"b\", \"qty\": 5}\n]}"
            .getBytes(StandardCharsets.UTF_8));

    Result result =
        select(
            s3,
            "doc.json",
            "SELECT * FROM S3Object[*].items[*] i WHERE i.qty > 3",
            json(JSONType.DOCUMENT),
            jsonOut());

    assertThat(result.output()).isEqualTo("{\"sku\":\"b\",\"qty\":5}\n");
  }

  @Test
  void gzip_objects_are_decompressed_and_stats_count_both_sizes() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(PEOPLE.getBytes(StandardCharsets.UTF_8));
    }
    put("people.csv.gz", zipped.toByteArray());

    Result result =
        select(
            s3,
            "people.csv.gz",
            "SELECT s.name FROM S3Object s WHERE s.city = 'Rome'",
            csv(FileHeaderInfo.USE).toBuilder().compressionType(CompressionType.GZIP).build(),
            csvOut());

    assertThat(result.output()).isEqualTo("Dan\n");
    assertThat(result.stats().bytesScanned()).isEqualTo(zipped.size());
    assertThat(result.stats().bytesProcessed()).isEqualTo(PEOPLE.length());
    assertThat(result.stats().bytesReturned()).isEqualTo(4);
  }

  @Test
  void custom_delimiters_quotes_and_comments_are_honoured() {
    put(
        "semi.csv",
        "# a comment|'x;y';1|'multi\nline';2|plain;3|".getBytes(StandardCharsets.UTF_8));
    InputSerialization input =
        InputSerialization.builder()
            .csv(
                CSVInput.builder()
                    .fileHeaderInfo(FileHeaderInfo.NONE)
                    .fieldDelimiter(";")
                    .recordDelimiter("|")
                    .quoteCharacter("'")
                    .comments("#")
                    .allowQuotedRecordDelimiter(true)
                    .build())
            .build();
    OutputSerialization output =
        OutputSerialization.builder()
            .csv(CSVOutput.builder().fieldDelimiter("\t").recordDelimiter("\r\n").build())
            .build();

    Result result = select(s3, "semi.csv", "SELECT s._2, s._1 FROM S3Object s", input, output);

    assertThat(result.output()).isEqualTo("1\tx;y\r\n2\t\"multi\nline\"\r\n3\tplain\r\n");
  }

  @Test
  void a_large_result_arrives_in_several_records_events() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append(i).append(",row number ").append(i).append('\n');
    }
    put("big.csv", lines.toString().getBytes(StandardCharsets.UTF_8));

    Result result =
        select(s3, "big.csv", "SELECT * FROM S3Object", csv(FileHeaderInfo.NONE), csvOut());

    assertThat(result.output()).isEqualTo(lines.toString());
    assertThat(result.recordsEvents()).isGreaterThan(1);
  }

  @Test
  void sql_errors_answer_400_with_the_documented_codes() {
    assertSelectError("SELECT * FROM S3Object s WHERE s._1 = = 1", "ParseUnexpectedToken");
    assertSelectError("SELECT s.'x' FROM S3Object s", "ParseInvalidPathComponent");
    assertSelectError("SELECT *", "ParseSelectMissingFrom");
    assertSelectError("SELECT FROM S3Object", "ParseEmptySelect");
    assertSelectError("SELECT *, s._1 FROM S3Object s", "ParseAsteriskIsNotAloneInSelectList");
    assertSelectError("SELECT SOUNDEX(s._1) FROM S3Object s", "UnsupportedFunction");
    assertSelectError("SELECT * FROM S3Object s, S3Object t", "ParseMalformedJoin");
    assertSelectError("SELECT * FROM S3Object LIMIT -1", "EvaluatorNegativeLimit");
    assertSelectError("SELECT SUM(*) FROM S3Object", "ParseUnsupportedCallWithStar");
    assertSelectError("SELECT * FROM S3Object WHERE s._1 # 2", "LexerInvalidChar");
    assertSelectError("SELECT s._1, COUNT(*) FROM S3Object s", "UnsupportedSqlStructure");
  }

  @Test
  void a_failed_cast_ends_the_stream_with_an_error_event() {
    // S3 names the error in the event's :error-code header (SelectObjectContentWireTest reads it);
    // the SDK surfaces an error event as an S3Exception without an HTTP status.
    assertThatThrownBy(
            () ->
                select(
                    s3,
                    "people.csv",
                    "SELECT CAST(s.name AS INT) FROM S3Object s",
                    csv(FileHeaderInfo.USE),
                    csvOut()))
        .isInstanceOf(CompletionException.class)
        .rootCause()
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isZero());
  }

  @Test
  void a_missing_key_answers_NoSuchKey_and_an_archived_object_UnsupportedStorageClass() {
    assertError(
        () ->
            select(s3, "absent.csv", "SELECT * FROM S3Object", csv(FileHeaderInfo.NONE), csvOut()),
        404,
        "NoSuchKey");
    s3.putObject(
            b -> b.bucket(BUCKET).key("cold.csv").storageClass(StorageClass.GLACIER),
            AsyncRequestBody.fromString(PEOPLE))
        .join();
    assertError(
        () -> select(s3, "cold.csv", "SELECT * FROM S3Object", csv(FileHeaderInfo.NONE), csvOut()),
        400,
        "UnsupportedStorageClass");
  }

  @Test
  void another_account_selects_from_the_bucket_unless_cross_account_access_is_off() {
    Result result =
        select(
            other,
            "people.csv",
            "SELECT COUNT(*) FROM S3Object",
            csv(FileHeaderInfo.USE),
            csvOut());
    assertThat(result.output()).isEqualTo("4\n");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () ->
            select(
                other, "people.csv", "SELECT * FROM S3Object", csv(FileHeaderInfo.USE), csvOut()),
        403,
        "AccessDenied");
  }

  // ---- helpers ----

  record Result(String output, Stats stats, boolean ended, int recordsEvents) {}

  void assertSelectError(String sql, String code) {
    assertError(() -> select(s3, "people.csv", sql, csv(FileHeaderInfo.NONE), csvOut()), 400, code);
  }

  static void assertError(Runnable call, int status, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            });
  }

  static void put(String key, byte[] bytes) {
    s3.putObject(b -> b.bucket(BUCKET).key(key), AsyncRequestBody.fromBytes(bytes)).join();
  }

  static InputSerialization csv(FileHeaderInfo header) {
    return InputSerialization.builder()
        .csv(CSVInput.builder().fileHeaderInfo(header).build())
        .compressionType(CompressionType.NONE)
        .build();
  }

  static InputSerialization json(JSONType type) {
    return InputSerialization.builder().json(JSONInput.builder().type(type).build()).build();
  }

  static OutputSerialization csvOut() {
    return OutputSerialization.builder().csv(CSVOutput.builder().build()).build();
  }

  static OutputSerialization jsonOut() {
    return OutputSerialization.builder().json(JSONOutput.builder().build()).build();
  }

  static Result select(
      S3AsyncClient client,
      String key,
      String sql,
      InputSerialization input,
      OutputSerialization output) {
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    Stats[] stats = new Stats[1];
    boolean[] ended = new boolean[1];
    int[] events = new int[1];
    SelectObjectContentResponseHandler handler =
        SelectObjectContentResponseHandler.builder()
            .subscriber(
                SelectObjectContentResponseHandler.Visitor.builder()
                    .onRecords(
                        r -> {
                          events[0]++;
                          records.writeBytes(r.payload().asByteArray());
                        })
                    .onStats(s -> stats[0] = s.details())
                    .onEnd(e -> ended[0] = true)
                    .build())
            .build();
    Consumer<SelectObjectContentRequest.Builder> request =
        b ->
            b.bucket(BUCKET)
                .key(key)
                .expression(sql)
                .expressionType("SQL")
                .inputSerialization(input)
                .outputSerialization(output);
    client.selectObjectContent(request, handler).join();
    return new Result(records.toString(StandardCharsets.UTF_8), stats[0], ended[0], events[0]);
  }
}
