package org.moto4j.core.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

  private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path directory;

  @Test
  void checksums_match_their_published_check_values() throws IOException {
    Blob blob =
        new BlobStore(directory, 1024)
            .write(new ByteArrayInputStream(CHECK), EnumSet.allOf(ChecksumAlgorithm.class));
    assertThat(hex(blob, ChecksumAlgorithm.CRC32)).isEqualTo("cbf43926");
    assertThat(hex(blob, ChecksumAlgorithm.CRC32C)).isEqualTo("e3069283");
    assertThat(hex(blob, ChecksumAlgorithm.CRC64NVME)).isEqualTo("ae8b14860a799888");
    assertThat(hex(blob, ChecksumAlgorithm.SHA1))
        .isEqualTo("f7c3bc1d808e04732adf679965ccc34ca7ae3441");
    assertThat(blob.md5Hex()).isEqualTo("25f9e794323b453885f5181f1b624d0b");
    assertThat(blob.checksumBase64(ChecksumAlgorithm.CRC32)).contains("y/Q5Jg==");
  }

  @Test
  void only_md5_and_the_asked_checksums_are_computed() throws IOException {
    Blob blob =
        new BlobStore(directory, 1024)
            .write(new ByteArrayInputStream(CHECK), EnumSet.of(ChecksumAlgorithm.SHA256));
    assertThat(blob.checksums()).containsOnlyKeys(ChecksumAlgorithm.MD5, ChecksumAlgorithm.SHA256);
  }

  @Test
  void small_blobs_stay_in_memory_and_large_ones_spill_to_a_file() throws IOException {
    BlobStore store = new BlobStore(directory, 100);
    Blob small =
        store.write(
            new ByteArrayInputStream(new byte[100]), EnumSet.noneOf(ChecksumAlgorithm.class));
    Blob large =
        store.write(
            new ByteArrayInputStream(new byte[101]), EnumSet.noneOf(ChecksumAlgorithm.class));
    assertThat(small.isSpilled()).isFalse();
    assertThat(large.isSpilled()).isTrue();
    assertThat(store.fileCount()).isEqualTo(1);
    assertThat(store.spilledBytes()).isEqualTo(101);
  }

  @Test
  void a_released_blob_keeps_its_file_until_the_last_reader_closes() throws IOException {
    BlobStore store = new BlobStore(directory, 10);
    Blob blob =
        store.write(
            new ByteArrayInputStream(new byte[1000]), EnumSet.noneOf(ChecksumAlgorithm.class));
    InputStream reader = blob.open();
    blob.release();
    assertThat(files()).hasSize(1);
    assertThat(reader.readAllBytes()).hasSize(1000);
    reader.close();
    assertThat(files()).isEmpty();
    assertThat(store.fileCount()).isZero();
    assertThatThrownBy(blob::open).isInstanceOf(IOException.class);
  }

  @Test
  void a_write_that_fails_half_way_leaves_no_file() {
    BlobStore store = new BlobStore(directory, 10);
    InputStream breaking =
        new InputStream() {
          private int served;

          @Override
          public int read() throws IOException {
            if (served++ > 5_000) {
              throw new IOException("client went away");
            }
            return 7;
          }
        };
    assertThatThrownBy(() -> store.write(breaking, EnumSet.noneOf(ChecksumAlgorithm.class)))
        .hasMessage("client went away");
    assertThat(files()).isEmpty();
    assertThat(store.fileCount()).isZero();
  }

  @Test
  void ranges_read_exactly_their_bytes_and_refuse_to_run_past_the_end() throws IOException {
    byte[] data = new byte[300];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    for (int threshold : new int[] {1, 1000}) {
      Blob blob =
          new BlobStore(directory, threshold)
              .write(new ByteArrayInputStream(data), EnumSet.noneOf(ChecksumAlgorithm.class));
      try (InputStream in = blob.open(10, 5)) {
        assertThat(in.readAllBytes()).containsExactly(10, 11, 12, 13, 14);
      }
      assertThatThrownBy(() -> blob.open(299, 2)).isInstanceOf(IllegalArgumentException.class);
      blob.release();
    }
  }

  @Property(tries = 50)
  void what_goes_in_comes_out_whatever_the_threshold_and_length_hint(
      @ForAll @Size(max = 5000) byte[] data,
      @ForAll @IntRange(min = 0, max = 6000) int threshold,
      @ForAll @IntRange(min = -1, max = 6000) int lengthHint)
      throws Exception {
    Path dir = Files.createTempDirectory("blob-property");
    Blob blob =
        new BlobStore(dir, threshold)
            .write(
                new ByteArrayInputStream(data), lengthHint, EnumSet.of(ChecksumAlgorithm.SHA256));
    try (InputStream in = blob.open()) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    assertThat(blob.length()).isEqualTo(data.length);
    assertThat(blob.isSpilled()).isEqualTo(data.length > threshold);
    assertThat(blob.checksum(ChecksumAlgorithm.SHA256))
        .contains(MessageDigest.getInstance("SHA-256").digest(data));
    blob.release();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    Files.delete(dir);
  }

  private Stream<Path> filesStream() throws IOException {
    return Files.list(directory);
  }

  private java.util.List<Path> files() {
    try (Stream<Path> stream = filesStream()) {
      return stream.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String hex(Blob blob, ChecksumAlgorithm algorithm) {
    return HexFormat.of().formatHex(blob.checksum(algorithm).orElseThrow());
  }
}
