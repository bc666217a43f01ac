package org.moto4j.s3.internal.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.moto4j.core.blob.ChecksumAlgorithm;

/** crc(a ‖ b) from crc(a), crc(b) and b's length alone, for S3's three CRCs. */
class CrcCombinePropertiesTest {

  @Property(tries = 300)
  void combining_two_crcs_gives_the_crc_of_the_concatenation(
      @ForAll("crcs") ChecksumAlgorithm algorithm, @ForAll byte[] a, @ForAll byte[] b) {
    CrcCombine crc = CrcCombine.of(algorithm);
    assertThat(crc.combine(crc(algorithm, a), crc(algorithm, b), b.length))
        .isEqualTo(crc(algorithm, concat(a, b)));
  }

  @Property(tries = 40)
  void it_holds_for_long_second_pieces_whose_lengths_use_many_bits(
      @ForAll("crcs") ChecksumAlgorithm algorithm,
      @ForAll @IntRange(max = 64) int firstLength,
      @ForAll @IntRange(max = 3 * 1024 * 1024) int secondLength,
      @ForAll long seed) {
    Random random = new Random(seed);
    byte[] a = new byte[firstLength];
    byte[] b = new byte[secondLength];
    random.nextBytes(a);
    random.nextBytes(b);
    CrcCombine crc = CrcCombine.of(algorithm);
    assertThat(crc.combine(crc(algorithm, a), crc(algorithm, b), b.length))
        .isEqualTo(crc(algorithm, concat(a, b)));
  }

  @Property(tries = 100)
  void values_and_bytes_convert_both_ways(
      @ForAll("crcs") ChecksumAlgorithm algorithm, @ForAll byte[] data) {
    CrcCombine crc = CrcCombine.of(algorithm);
    byte[] raw = raw(algorithm, data);
    assertThat(crc.bytes(crc.value(raw))).isEqualTo(raw);
  }

  @Example
  void the_crc_of_nothing_is_the_neutral_start() {
    for (ChecksumAlgorithm algorithm :
        new ChecksumAlgorithm[] {
          ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.CRC64NVME
        }) {
      byte[] data = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      CrcCombine crc = CrcCombine.of(algorithm);
      assertThat(crc(algorithm, new byte[0])).isZero();
      assertThat(crc.combine(0, crc(algorithm, data), data.length)).isEqualTo(crc(algorithm, data));
      assertThat(crc.combine(crc(algorithm, data), 0, 0)).isEqualTo(crc(algorithm, data));
    }
  }

  @Provide
  Arbitrary<ChecksumAlgorithm> crcs() {
    return Arbitraries.of(
        ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.CRC64NVME);
  }

  private static long crc(ChecksumAlgorithm algorithm, byte[] data) {
    return CrcCombine.of(algorithm).value(raw(algorithm, data));
  }

  private static byte[] raw(ChecksumAlgorithm algorithm, byte[] data) {
    ChecksumAlgorithm.Digest digest = algorithm.newDigest();
    digest.update(data, 0, data.length);
    return digest.finish();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
