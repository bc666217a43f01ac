package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.moto4j.core.http.MotoRequest;

/**
 * Jazzer's coverage-guided fuzzing of whole requests, written as HTTP text ({@code METHOD target},
 * header lines, a blank line, the body) and sent straight to the dispatcher. The seeds are real
 * requests for each parser (query forms, S3 XML bodies, SigV4 and SigV2 headers, presigned URLs,
 * aws-chunked bodies, ranges, POST forms); Jazzer mutates their bytes.
 *
 * <p>In {@code mvn verify} it replays every input under {@code
 * src/test/resources/org/moto4j/reliability/RawRequestFuzzTestInputs/} (regression mode); {@code
 * JAZZER_FUZZ=1 mvn test -pl moto-reliability -Dtest=RawRequestFuzzTest} fuzzes for real (for
 * {@code maxDuration}) and writes any input that fails there, to be fixed and kept.
 */
class RawRequestFuzzTest {

  private static InProcess moto;
  private static LogCapture log;

  @BeforeAll
  static void start() {
    moto = new InProcess(Servers.moto(new DiskSpace()));
    log = LogCapture.start();
    moto.send(MotoRequest.builder("PUT", "/fuzz-bucket").build());
    moto.send(MotoRequest.builder("PUT", "/fuzz-bucket/key").body("0123456789").build());
  }

  @AfterAll
  static void stop() {
    if (log != null) {
      log.close();
    }
    if (moto != null) {
      moto.moto().reset();
      moto.close();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void any_request_is_answered_without_a_server_error(byte[] input) {
    MotoRequest request = parse(input);
    log.clear();
    InProcess.Answer answer = moto.send(request);
    if (request.rawPath().startsWith("/moto-api")) {
      // moto's own control plane, not an AWS service: it answers JSON, as moto does
      assertThat(answer.status()).as("%s", request).isLessThan(500);
    } else if (answer.status() == 501) {
      assertThat(ErrorShape.code(answer.body())).as("%s", request).isEqualTo("NotImplemented");
    } else if (answer.status() >= 400) {
      assertThat(answer.problems()).as("%s", request).isEmpty();
    }
    assertThat(log.errors()).as("%s", request).isEmpty();
  }

  /** Reads HTTP text leniently: whatever the bytes, some request comes out. */
  static MotoRequest parse(byte[] input) {
    int headEnd = indexOf(input, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    String head =
        new String(input, 0, headEnd < 0 ? input.length : headEnd, StandardCharsets.ISO_8859_1);
    byte[] body = headEnd < 0 ? new byte[0] : Arrays.copyOfRange(input, headEnd + 4, input.length);
    String[] lines = head.split("\r\n", -1);
    String[] requestLine = lines[0].split(" ", 3);
    String method = requestLine[0].isEmpty() ? "GET" : requestLine[0];
    String target = requestLine.length > 1 ? requestLine[1] : "/";
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    MotoRequest.Builder request =
        MotoRequest.builder(method, path.startsWith("/") ? path : "/" + path)
            .rawQuery(question < 0 ? null : target.substring(question + 1));
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        request.header(
            lines[i].substring(0, colon).trim(),
            Hostile.headerValue(lines[i].substring(colon + 1).trim()));
      }
    }
    return request.body(new ByteArrayInputStream(body)).build();
  }

  private static int indexOf(byte[] input, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= input.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (input[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
