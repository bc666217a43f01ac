package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Whatever the sizes of its parts (each but the last at least 5 MiB, the last any size, even
 * empty), a completed upload reads back as their concatenation, and ranged reads return the right
 * bytes wherever they fall, across part boundaries too.
 */
class MultipartAssemblyPropertiesTest {

  private static final int MIB = 1024 * 1024;
  private static final String BUCKET = "assembly";

  private static MotoServer server;
  private static S3Client s3;
  private static MultipartCalls mp;

  @BeforeContainer
  static void start() {
    server = S3TestServer.start();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    mp = new MultipartCalls(s3, BUCKET);
  }

  @AfterContainer
  static void stop() {
    s3.close();
    server.close();
  }

  @BeforeTry
  void bucket() {
    server.moto().reset();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Property(tries = 8)
  void parts_assemble_to_their_concatenation_and_ranges_read_across_boundaries(
      @ForAll @Size(max = 2) List<@IntRange(max = 3000) Integer> extraBytes,
      @ForAll @IntRange(max = 2 * MIB) int lastSize,
      @ForAll long seed) {
    List<byte[]> parts = new ArrayList<>();
    for (int extra : extraBytes) {
      parts.add(GeneratedContent.bytes(seed + parts.size(), 5 * MIB + extra));
    }
    parts.add(GeneratedContent.bytes(seed + parts.size(), lastSize));
    byte[] whole = MultipartDigests.concat(parts);

    String uploadId = mp.create("object");
    String[] etags = new String[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      etags[i] = mp.upload("object", uploadId, i + 1, parts.get(i)).eTag();
    }
    assertThat(mp.complete("object", uploadId, etags).eTag())
        .isEqualTo(MultipartDigests.etag(parts));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("object")).asByteArray())
        .isEqualTo(whole);

    for (long[] range : ranges(parts, whole.length, new Random(seed))) {
      String header = "bytes=" + range[0] + "-" + range[1];
      byte[] got =
          s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("object").range(header)).asByteArray();
      assertThat(got)
          .as(header)
          .isEqualTo(Arrays.copyOfRange(whole, (int) range[0], (int) range[1] + 1));
    }
  }

  /** A few bytes around every boundary between parts, and a few random ranges. */
  private static List<long[]> ranges(List<byte[]> parts, int length, Random random) {
    List<long[]> ranges = new ArrayList<>();
    if (length == 0) {
      return ranges;
    }
    long boundary = 0;
    for (int i = 0; i < parts.size() - 1; i++) {
      boundary += parts.get(i).length;
      long first = Math.max(0, boundary - 1 - random.nextInt(100));
      long last = Math.min(length - 1, boundary + random.nextInt(100));
      ranges.add(new long[] {first, last});
    }
    for (int i = 0; i < 3; i++) {
      long first = random.nextInt(length);
      long last = first + random.nextInt((int) (length - first));
      ranges.add(new long[] {first, last});
    }
    return ranges;
  }
}
