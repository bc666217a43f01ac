package org.moto4j.s3.internal.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.moto4j.s3.FramedPatternStream;

class MultipartFormReaderTest {

  private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

  @Test
  void a_browser_form_reads_as_its_fields_then_its_file() throws IOException {
    String body =
        "--"
            + BOUNDARY
            + "\r\n"
            + "Content-Disposition: form-data; name=\"key\"\r\n\r\n"
            + "uploads/${filename}\r\n"
            + "--"
            + BOUNDARY
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"cat.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n"
            + "meow\r\nmeow\r\n"
            + "--"
            + BOUNDARY
            + "--\r\n";
    MultipartFormReader form = reader(body);

    MultipartFormReader.Part key = form.next();
    assertThat(key.name()).isEqualTo("key");
    assertThat(key.filename()).isNull();
    assertThat(key.contentType()).isNull();
    assertThat(key.isFormData()).isTrue();
    assertThat(text(key)).isEqualTo("uploads/${filename}");

    MultipartFormReader.Part file = form.next();
    assertThat(file.name()).isEqualTo("file");
    assertThat(file.filename()).isEqualTo("cat.jpg");
    assertThat(file.contentType()).isEqualTo("image/jpeg");
    assertThat(text(file)).isEqualTo("meow\r\nmeow");

    assertThat(form.next()).isNull();
    assertThat(form.next()).isNull();
  }

  @Test
  void preamble_epilogue_transport_padding_and_a_close_without_crlf_are_accepted()
      throws IOException {
    String body =
        "This is the preamble.\r\n--b  \t\r\n"
            + "content-disposition: form-data; name=a\r\n\r\n"
            + "1\r\n--b--";
    MultipartFormReader form = new MultipartFormReader(stream(body), "b", 20 * 1024);
    MultipartFormReader.Part part = form.next();
    assertThat(part.name()).isEqualTo("a");
    assertThat(text(part)).isEqualTo("1");
    assertThat(form.next()).isNull();
  }

  @Test
  void the_epilogue_is_never_read() throws IOException {
    byte[] head =
        "--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b--\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new InputStream() {
              @Override
              public int read() {
                throw new AssertionError("the epilogue was read");
              }
            });
    MultipartFormReader form = new MultipartFormReader(endless, "b", 1024);
    assertThat(text(form.next())).isEqualTo("1");
    assertThat(form.next()).isNull();
  }

  @Test
  void content_with_pieces_of_the_delimiter_is_kept_whole() throws IOException {
    String content = "a\r\n--b\r\n-\r\n--\r\n--" + BOUNDARY.substring(0, 10) + "\r\n--" + "\r";
    String body = part("file", "f.bin", content) + "--" + BOUNDARY + "--\r\n";
    MultipartFormReader form = reader(body);
    assertThat(text(form.next())).isEqualTo(content);
    assertThat(form.next()).isNull();
  }

  @Test
  void a_part_left_unread_is_skipped_and_its_stream_then_reads_nothing() throws IOException {
    String body =
        part("one", null, "x".repeat(100_000))
            + part("two", null, "second")
            + "--"
            + BOUNDARY
            + "--";
    MultipartFormReader form = reader(body);
    MultipartFormReader.Part one = form.next();
    assertThat(one.content().read(new byte[10])).isEqualTo(10);
    MultipartFormReader.Part two = form.next();
    assertThat(one.content().read(new byte[10])).isEqualTo(-1);
    assertThat(text(two)).isEqualTo("second");
  }

  @Test
  void a_body_cut_before_its_closing_delimiter_is_malformed_where_the_content_is_read()
      throws IOException {
    String whole = part("file", "f.txt", "partial content");
    String body = whole.substring(0, whole.length() - 8);
    MultipartFormReader form = reader(body);
    MultipartFormReader.Part file = form.next();
    assertThatThrownBy(() -> file.content().readAllBytes())
        .isInstanceOf(MalformedFormException.class);
  }

  @Test
  void malformed_bodies_say_so() {
    assertMalformed("no delimiter at all");
    assertMalformed("--" + BOUNDARY + "\r\n\r\nno disposition\r\n--" + BOUNDARY + "--");
    assertMalformed(
        "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--" + BOUNDARY);
    assertMalformed("--" + BOUNDARY + "garbage\r\n");
    assertMalformed("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=a\r\n");
    assertMalformed("--" + BOUNDARY);
  }

  @Test
  void headers_or_a_preamble_longer_than_the_limit_are_too_large() {
    String longHeaders =
        "--b\r\nContent-Disposition: form-data; name=a\r\nX-Filler: "
            + "y".repeat(2000)
            + "\r\n\r\nv\r\n--b--";
    assertThatThrownBy(() -> new MultipartFormReader(stream(longHeaders), "b", 1024).next())
        .isInstanceOf(MalformedFormException.TooLarge.class);
    String longLine = "--b\r\nContent-Disposition: form-data; name=" + "a".repeat(5000);
    assertThatThrownBy(() -> new MultipartFormReader(stream(longLine), "b", 1024).next())
        .isInstanceOf(MalformedFormException.TooLarge.class);
    String preamble = "p".repeat(3000) + "\r\n--b--";
    assertThatThrownBy(() -> new MultipartFormReader(stream(preamble), "b", 1024).next())
        .isInstanceOf(MalformedFormException.TooLarge.class);
  }

  @Test
  void a_long_body_with_no_delimiter_is_malformed_not_too_large() {
    assertThatThrownBy(() -> reader("x".repeat(100_000)).next())
        .isExactlyInstanceOf(MalformedFormException.class);
  }

  @Test
  void folded_headers_and_quoted_parameters_are_read() throws IOException {
    String body =
        "--b\r\nContent-Disposition: form-data;\r\n name=\"a;b\";"
            + " filename=\"C:\\dir\\say \\\"hi\\\".txt\""
            + "\r\n\r\nv\r\n--b--";
    MultipartFormReader.Part part = new MultipartFormReader(stream(body), "b", 1024).next();
    assertThat(part.name()).isEqualTo("a;b");
    assertThat(part.filename()).isEqualTo("C:\\dir\\say \"hi\".txt");
  }

  @Test
  void a_part_whose_disposition_is_not_form_data_is_told_apart() throws IOException {
    String body = "--b\r\nContent-Disposition: file; name=\"file\"\r\n\r\nv\r\n--b--";
    assertThat(new MultipartFormReader(stream(body), "b", 1024).next().isFormData()).isFalse();
  }

  @Test
  void the_boundary_comes_from_the_content_type() {
    assertThat(MultipartFormReader.isFormData("Multipart/Form-Data; boundary=x")).isTrue();
    assertThat(MultipartFormReader.isFormData("multipart/mixed; boundary=x")).isFalse();
    assertThat(MultipartFormReader.isFormData("text/plain")).isFalse();
    assertThat(MultipartFormReader.isFormData(null)).isFalse();
    assertThat(MultipartFormReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartFormReader.boundary("multipart/form-data; charset=utf-8; BOUNDARY=\"a b\""))
        .isEqualTo("a b");
    assertThat(MultipartFormReader.boundary("multipart/form-data")).isNull();
    assertThat(MultipartFormReader.boundary("multipart/form-data; boundary=")).isNull();
    assertThat(MultipartFormReader.boundary("multipart/form-data; boundary=" + "x".repeat(71)))
        .isNull();
  }

  @Test
  void a_file_streams_through_without_being_read_ahead() throws Exception {
    long size = 50L * 1024 * 1024;
    GeneratedForm generated = new GeneratedForm("file", size);
    MultipartFormReader form = new MultipartFormReader(generated, generated.boundary(), 20 * 1024);
    MultipartFormReader.Part file = form.next();
    assertThat(file.name()).isEqualTo("file");

    MessageDigest digest = MessageDigest.getInstance("MD5");
    byte[] chunk = new byte[8192];
    long total = 0;
    long mostAhead = 0;
    for (int n; (n = file.content().read(chunk)) >= 0; ) {
      digest.update(chunk, 0, n);
      total += n;
      mostAhead = Math.max(mostAhead, generated.served() - total);
    }
    assertThat(total).isEqualTo(size);
    assertThat(digest.digest()).isEqualTo(generated.contentMd5());
    // The reader never holds more than its one buffer of the body it has not handed out.
    assertThat(mostAhead).isLessThanOrEqualTo(64 * 1024 + 1024);
    assertThat(form.next()).isNull();
  }

  private static void assertMalformed(String body) {
    assertThatThrownBy(
            () -> {
              MultipartFormReader form = reader(body);
              for (MultipartFormReader.Part part; (part = form.next()) != null; ) {
                part.content().readAllBytes();
              }
            })
        .as(body)
        .isInstanceOf(MalformedFormException.class);
  }

  private static String part(String name, String filename, String content) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }

  private static MultipartFormReader reader(String body) {
    return new MultipartFormReader(stream(body), BOUNDARY, 20 * 1024);
  }

  private static InputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(MultipartFormReader.Part part) throws IOException {
    return new String(part.content().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** A form of one file part of pseudo-random bytes, generated as it is read. */
  static final class GeneratedForm extends FramedPatternStream {
    // Random bytes never form "\r\n--generated-boundary", so they stand for any content.
    private static final String BOUNDARY = "generated-boundary-0123456789";

    GeneratedForm(String name, long contentLength) {
      super(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name
                  + "\"; filename=\"big.bin\"\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII),
          contentLength,
          ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII),
          42);
    }

    String boundary() {
      return BOUNDARY;
    }
  }
}
