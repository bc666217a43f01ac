package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.blob.BlobStore;

/** An object's bytes over one blob or many parts: ranged reads, leases and release. */
class ObjectBodyTest {

  // A small threshold, so bodies mix in-memory and spilled parts; every test releases its own.
  private static final BlobStore store = store();

  private static BlobStore store() {
    try {
      Path directory = Files.createTempDirectory("object-body-test");
      directory.toFile().deleteOnExit();
      return new BlobStore(directory, 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parts of 0 to 300 bytes, and a range somewhere in their concatenation. */
  record Case(List<byte[]> parts, long offset, long count) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<byte[]>> parts =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300).list().ofMinSize(1).ofMaxSize(6);
    return parts.flatMap(
        list -> {
          long total = list.stream().mapToLong(p -> p.length).sum();
          return Arbitraries.longs()
              .between(0, total)
              .flatMap(
                  offset ->
                      Arbitraries.longs()
                          .between(0, total - offset)
                          .map(count -> new Case(list, offset, count)));
        });
  }

  @Property(tries = 300)
  void a_ranged_read_across_parts_is_the_slice_of_their_concatenation(@ForAll("cases") Case c)
      throws IOException {
    ObjectBody body = ObjectBody.ofParts(blobs(c.parts()));
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    c.parts().forEach(whole::writeBytes);
    byte[] expected = new byte[(int) c.count()];
    System.arraycopy(whole.toByteArray(), (int) c.offset(), expected, 0, expected.length);

    try (ObjectBody.Lease lease = body.lease().orElseThrow();
        InputStream in = lease.open(c.offset(), c.count())) {
      assertThat(in.readAllBytes()).isEqualTo(expected);
    } finally {
      body.release();
    }
    assertThat(body.length()).isEqualTo(whole.size());
    assertThat(store.fileCount()).isZero();
  }

  @Test
  void parts_know_their_sizes_and_offsets() throws IOException {
    ObjectBody body =
        ObjectBody.ofParts(blobs(List.of(new byte[100], new byte[0], new byte[50], new byte[7])));
    assertThat(body.isMultipart()).isTrue();
    assertThat(body.partCount()).isEqualTo(4);
    assertThat(body.partSizes()).containsExactly(100L, 0L, 50L, 7L);
    assertThat(body.partOffset(3)).isEqualTo(100);
    assertThat(body.partOffset(4)).isEqualTo(150);
    assertThat(body.length()).isEqualTo(157);
    body.release();

    ObjectBody single = ObjectBody.of(blobs(List.of(new byte[10])).get(0));
    assertThat(single.isMultipart()).isFalse();
    assertThat(single.partCount()).isEqualTo(1);
    single.release();
  }

  @Test
  void a_lease_keeps_the_bytes_of_a_released_body_until_it_is_closed() throws IOException {
    byte[] content = new byte[1000];
    content[999] = 42;
    ObjectBody body = ObjectBody.of(blobs(List.of(content)).get(0));
    assertThat(body.isSpilled()).isTrue();
    ObjectBody.Lease lease = body.lease().orElseThrow();
    body.release();
    assertThat(body.isReleased()).isTrue();
    assertThat(body.lease()).isEmpty();
    assertThat(store.fileCount()).isEqualTo(1);
    try (InputStream in = lease.open(999, 1)) {
      assertThat(in.read()).isEqualTo(42);
    }
    lease.close();
    lease.close();
    assertThat(store.fileCount()).isZero();
    assertThatThrownBy(() -> lease.open(0, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_stream_opened_under_a_lease_outlives_it() throws IOException {
    ObjectBody body = ObjectBody.of(blobs(List.of(new byte[500])).get(0));
    InputStream in;
    try (ObjectBody.Lease lease = body.lease().orElseThrow()) {
      in = lease.open();
    }
    body.release();
    assertThat(store.fileCount()).isEqualTo(1);
    assertThat(in.readAllBytes()).hasSize(500);
    in.close();
    assertThat(store.fileCount()).isZero();
  }

  @Test
  void a_range_outside_the_body_is_refused() throws IOException {
    ObjectBody body = ObjectBody.of(blobs(List.of(new byte[10])).get(0));
    try (ObjectBody.Lease lease = body.lease().orElseThrow()) {
      assertThatThrownBy(() -> lease.open(5, 6)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> lease.open(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    } finally {
      body.release();
    }
  }

  private static List<Blob> blobs(List<byte[]> parts) {
    List<Blob> blobs = new ArrayList<>();
    for (byte[] part : parts) {
      try {
        blobs.add(store.write(new ByteArrayInputStream(part), Set.of()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return blobs;
  }
}
