package org.moto4j.s3.internal.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * However a form is cut into the reads of a network stream, the reader finds the same parts with
 * the same bytes.
 */
class MultipartFormPropertiesTest {

  /** One part as written. */
  record Field(String name, String filename, byte[] content) {}

  @Property(tries = 300)
  void any_chunking_of_a_form_reads_as_the_parts_written(
      @ForAll("boundaries") String boundary,
      @ForAll("fields") List<Field> fields,
      @ForAll("contents") byte[] file,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 200) Integer> chunks)
      throws IOException {
    List<Field> written = new ArrayList<>(fields);
    written.add(new Field("file", "photo.bin", file));
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    for (Field field : written) {
      Assume.that(indexOf(field.content(), delimiter) < 0);
    }
    byte[] body = encode(boundary, written);

    List<Field> whole = parse(new ByteArrayInputStream(body), boundary);
    List<Field> chunked = parse(new ChunkedStream(body, chunks), boundary);

    assertThat(whole).usingRecursiveFieldByFieldElementComparator().isEqualTo(written);
    assertThat(chunked).usingRecursiveFieldByFieldElementComparator().isEqualTo(written);
  }

  @Provide
  Arbitrary<String> boundaries() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+_,-./:=?")
        .ofMinLength(1)
        .ofMaxLength(70);
  }

  @Provide
  Arbitrary<List<Field>> fields() {
    Arbitrary<String> names =
        Arbitraries.strings().withChars("abcxyz-_$ AMZ").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> filenames =
        Arbitraries.strings().withChars("abc.-_ /").ofMaxLength(10).injectNull(0.5);
    Arbitrary<Field> field = Combinators.combine(names, filenames, contents()).as(Field::new);
    return field.list().ofMaxSize(6);
  }

  /** Bytes rich in what a delimiter is made of, so that near-delimiters are common. */
  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
            Arbitraries.of("\r", "\n", "\r\n", "--", "\r\n--", "-", "a", "--a")
                .map(text -> text.getBytes(StandardCharsets.US_ASCII)));
    return pieces.list().ofMaxSize(12).map(MultipartFormPropertiesTest::concat);
  }

  private static List<Field> parse(InputStream in, String boundary) throws IOException {
    MultipartFormReader form = new MultipartFormReader(in, boundary, 20 * 1024);
    List<Field> parts = new ArrayList<>();
    for (MultipartFormReader.Part part; (part = form.next()) != null; ) {
      parts.add(new Field(part.name(), part.filename(), part.content().readAllBytes()));
    }
    return parts;
  }

  private static byte[] encode(String boundary, List<Field> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Field field : fields) {
      String headers =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + field.name()
              + "\""
              + (field.filename() == null ? "" : "; filename=\"" + field.filename() + "\"")
              + "\r\n\r\n";
      out.writeBytes(headers.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(field.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Hands out a body in reads of the given sizes, in turn, as a network stream would. */
  private static final class ChunkedStream extends InputStream {
    private final byte[] body;
    private final List<Integer> sizes;
    private int position;
    private int turn;

    ChunkedStream(byte[] body, List<Integer> sizes) {
      this.body = body;
      this.sizes = sizes;
    }

    @Override
    public int read() {
      return position < body.length ? body[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (position >= body.length) {
        return -1;
      }
      int size = sizes.get(turn++ % sizes.size());
      int n = Math.min(Math.min(length, size), body.length - position);
      System.arraycopy(body, position, target, offset, n);
      position += n;
      return n;
    }
  }
}
