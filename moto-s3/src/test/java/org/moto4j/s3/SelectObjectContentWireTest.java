package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * SelectObjectContent on the wire, no SDK: the event-stream framing decoded byte by byte (prelude,
 * string headers, CRC32s), the event order, error events after the 200, and the 400s of bad
 * requests.
 */
class SelectObjectContentWireTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CSV = "name,age\nAlice,34\nBob,27\n";

  private static MotoServer server;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void objects() {
    server.moto().reset();
    send("PUT", "/wire", null);
    send("PUT", "/wire/people.csv", CSV);
  }

  @Test
  void the_answer_is_records_stats_and_end_events_with_valid_crcs() {
    HttpResponse<byte[]> response =
        select("/wire/people.csv", request("SELECT s.name FROM S3Object s", "USE", false));

    assertThat(response.statusCode()).isEqualTo(200);
    List<EventStreamMessages.Message> messages = EventStreamMessages.decode(response.body());
    assertThat(messages)
        .extracting(m -> m.header(":event-type"))
        .containsExactly("Records", "Stats", "End");
    EventStreamMessages.Message records = messages.get(0);
    assertThat(records.headers())
        .containsEntry(":message-type", "event")
        .containsEntry(":content-type", "application/octet-stream");
    assertThat(records.text()).isEqualTo("Alice\nBob\n");
    assertThat(messages.get(1).header(":content-type")).isEqualTo("text/xml");
    assertThat(messages.get(1).text())
        .contains("<Stats xmlns=\"\">")
        .contains("<BytesScanned>" + CSV.length() + "</BytesScanned>")
        .contains("<BytesProcessed>" + CSV.length() + "</BytesProcessed>")
        .contains("<BytesReturned>10</BytesReturned>");
    assertThat(messages.get(2).payload()).isEmpty();
  }

  @Test
  void request_progress_adds_a_progress_event_before_the_stats() {
    HttpResponse<byte[]> response =
        select("/wire/people.csv", request("SELECT COUNT(*) FROM S3Object", "USE", true));

    List<EventStreamMessages.Message> messages = EventStreamMessages.decode(response.body());
    assertThat(messages)
        .extracting(m -> m.header(":event-type"))
        .containsExactly("Records", "Progress", "Stats", "End");
    assertThat(messages.get(0).text()).isEqualTo("2\n");
    assertThat(messages.get(1).text()).contains("<Progress xmlns=\"\"><BytesScanned>");
  }

  @Test
  void an_error_while_reading_records_is_an_error_message_after_the_200() {
    HttpResponse<byte[]> response =
        select(
            "/wire/people.csv", request("SELECT CAST(s._1 AS INT) FROM S3Object s", "USE", false));

    assertThat(response.statusCode()).isEqualTo(200);
    List<EventStreamMessages.Message> messages = EventStreamMessages.decode(response.body());
    EventStreamMessages.Message last = messages.get(messages.size() - 1);
    assertThat(last.headers())
        .containsEntry(":message-type", "error")
        .containsEntry(":error-code", "CastFailed")
        .containsEntry(
            ":error-message",
            "An attempt to convert from one data type to another using CAST failed in the SQL"
                + " expression.");
    assertThat(messages).noneMatch(m -> "End".equals(m.header(":event-type")));
  }

  @Test
  void a_quoted_record_delimiter_is_refused_unless_allowed() {
    send("PUT", "/wire/quoted.csv", "\"a\nb\",1\n");

    List<EventStreamMessages.Message> messages =
        EventStreamMessages.decode(
            select("/wire/quoted.csv", request("SELECT * FROM S3Object", "NONE", false)).body());

    assertThat(messages.get(messages.size() - 1).header(":error-code"))
        .isEqualTo("CSVEscapingRecordDelimiter");
  }

  @Test
  void sql_and_request_errors_are_400_with_the_select_error_codes() {
    assertError(
        select("/wire/people.csv", request("SELECT * FROM S3Object WHERE", "USE", false)),
        "ParseExpectedExpression",
        "The expected SQL expression was not found.");
    assertError(
        select(
            "/wire/people.csv",
            request("SELECT s._1 FROM S3Object s WHERE s._1 ( 2", "USE", false)),
        "ParseUnexpectedToken",
        "The SQL expression contains an unexpected token.");
    assertError(
        select("/wire/people.csv", request("SELECT * FROM S3Object", "SOMETIMES", false)),
        "InvalidFileHeaderInfo",
        "The FileHeaderInfo value is not valid. Only NONE, USE, and IGNORE are supported.");
    assertError(
        select(
            "/wire/people.csv",
            request("SELECT * FROM S3Object", "USE", false).replace(">SQL<", ">XPATH<")),
        "InvalidExpressionType",
        "The ExpressionType value is not valid. Only SQL expressions are supported.");
    assertError(
        select("/wire/people.csv", ""), "EmptyRequestBody", "The request body cannot be empty.");
    assertError(
        select(
            "/wire/people.csv",
            request("SELECT * FROM S3Object", "USE", false)
                .replace(
                    "<CompressionType>NONE</CompressionType>",
                    "<CompressionType>BZIP2</CompressionType>")),
        "InvalidCompressionFormat",
        "moto4j's S3 Select reads uncompressed and GZIP objects; BZIP2 is not supported.");
    assertError(
        select(
            "/wire/people.csv",
            request("SELECT * FROM S3Object", "USE", false)
                .replace("<OutputSerialization>", "<OutputSerialization><JSON/>")),
        "ObjectSerializationConflict",
        null);
  }

  @Test
  void a_gzip_request_for_an_object_that_is_not_gzip_is_TruncatedInput() {
    assertError(
        select(
            "/wire/people.csv",
            request("SELECT * FROM S3Object", "USE", false)
                .replace(
                    "<CompressionType>NONE</CompressionType>",
                    "<CompressionType>GZIP</CompressionType>")),
        "TruncatedInput",
        "Object decompression failed. Check that the object is properly compressed using the"
            + " format specified in the request.");
  }

  private static void assertError(HttpResponse<byte[]> response, String code, String message) {
    String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(body).contains("<Code>" + code + "</Code>");
    if (message != null) {
      assertThat(body).contains("<Message>" + message + "</Message>");
    }
  }

  private static String request(String sql, String header, boolean progress) {
    return "<SelectObjectContentRequest xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + "<Expression>"
        + sql.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</Expression><ExpressionType>SQL</ExpressionType>"
        + (progress ? "<RequestProgress><Enabled>true</Enabled></RequestProgress>" : "")
        + "<InputSerialization><CSV><FileHeaderInfo>"
        + header
        + "</FileHeaderInfo></CSV><CompressionType>NONE</CompressionType></InputSerialization>"
        + "<OutputSerialization><CSV/></OutputSerialization></SelectObjectContentRequest>";
  }

  private static HttpResponse<byte[]> select(String path, String body) {
    try {
      return HTTP.send(
          S3TestServer.request(server, path + "?select&select-type=2")
              .POST(BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void send(String method, String path, String body) {
    HttpRequest request =
        S3TestServer.request(server, path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build();
    assertThat(S3TestServer.send(request).statusCode()).isEqualTo(200);
  }
}
