package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectTorrentResponse;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * GetObjectTorrent through the AWS SDK, run once per addressing style: a bencoded {@code .torrent}
 * whose piece hashes are the SHA-1s of the object's 256 KiB pieces, and the refusals.
 */
abstract class GetObjectTorrentBehaviour extends TwoAccountFixture {

  static final String BUCKET = "seeds";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void the_torrent_describes_the_object_with_sha1_piece_hashes() throws Exception {
    byte[] content = new byte[600 * 1024 + 7];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31 + (i >> 10));
    }
    s3.putObject(b -> b.bucket(BUCKET).key("dir/data.bin"), RequestBody.fromBytes(content));

    ResponseBytes<GetObjectTorrentResponse> torrent =
        s3.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("dir/data.bin"));

    Map<String, Object> file = Bencoded.dictionary(torrent.asByteArray());
    @SuppressWarnings("unchecked")
    Map<String, Object> info = (Map<String, Object>) file.get("info");
    assertThat(new String((byte[]) file.get("announce"), StandardCharsets.UTF_8))
        .startsWith("http://");
    assertThat(info.get("length")).isEqualTo((long) content.length);
    assertThat(new String((byte[]) info.get("name"), StandardCharsets.UTF_8)).isEqualTo("data.bin");
    assertThat(info.get("piece length")).isEqualTo(262144L);
    assertThat((byte[]) info.get("pieces")).isEqualTo(pieceHashes(content, 262144));
    assertThat(torrent.response().sdkHttpResponse().firstMatchingHeader("Content-Type"))
        .hasValue("application/x-bittorrent");
  }

  @Test
  void an_empty_object_has_a_torrent_without_pieces() {
    s3.putObject(b -> b.bucket(BUCKET).key("empty"), RequestBody.empty());

    Map<String, Object> file =
        Bencoded.dictionary(
            s3.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("empty")).asByteArray());

    @SuppressWarnings("unchecked")
    Map<String, Object> info = (Map<String, Object>) file.get("info");
    assertThat(info.get("length")).isEqualTo(0L);
    assertThat((byte[]) info.get("pieces")).isEmpty();
  }

  @Test
  void missing_and_archived_objects_have_no_torrent() {
    assertError(
        () -> s3.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("absent")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    s3.putObject(
        b -> b.bucket(BUCKET).key("cold").storageClass(StorageClass.GLACIER),
        RequestBody.fromString("x"));
    assertError(
        () -> s3.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("cold")),
        403,
        "InvalidObjectState",
        "The operation is not valid for the object's storage class");
  }

  @Test
  void another_account_reads_the_torrent_unless_cross_account_access_is_off() {
    s3.putObject(b -> b.bucket(BUCKET).key("shared"), RequestBody.fromString("hello"));

    assertThat(other.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("shared")).asByteArray())
        .startsWith("d8:announce".getBytes(StandardCharsets.US_ASCII));
    assertError(
        () ->
            s3.getObjectTorrentAsBytes(
                b ->
                    b.bucket(BUCKET)
                        .key("shared")
                        .expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.getObjectTorrentAsBytes(b -> b.bucket(BUCKET).key("shared")),
        403,
        "AccessDenied",
        "Access Denied");
  }

  private static byte[] pieceHashes(byte[] content, int pieceLength)
      throws NoSuchAlgorithmException {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    byte[] hashes = new byte[0];
    for (int offset = 0; offset < content.length; offset += pieceLength) {
      byte[] piece =
          Arrays.copyOfRange(content, offset, Math.min(content.length, offset + pieceLength));
      byte[] hash = sha1.digest(piece);
      byte[] joined = Arrays.copyOf(hashes, hashes.length + hash.length);
      System.arraycopy(hash, 0, joined, hashes.length, hash.length);
      hashes = joined;
    }
    return hashes;
  }

  /** A bencode reader for the test: byte strings as byte[], integers as Long, dictionaries. */
  static final class Bencoded {

    private final byte[] bytes;
    private int position;

    private Bencoded(byte[] bytes) {
      this.bytes = bytes;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dictionary(byte[] bytes) {
      Bencoded reader = new Bencoded(bytes);
      Object value = reader.value();
      assertThat(reader.position).as("trailing bytes").isEqualTo(bytes.length);
      return (Map<String, Object>) value;
    }

    private Object value() {
      byte b = bytes[position];
      if (b == 'i') {
        int end = indexOf('e');
        long number = Long.parseLong(ascii(position + 1, end));
        position = end + 1;
        return number;
      }
      if (b == 'd') {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        String previous = null;
        while (bytes[position] != 'e') {
          String key = new String((byte[]) value(), StandardCharsets.UTF_8);
          assertThat(previous == null || previous.compareTo(key) < 0).as("sorted keys").isTrue();
          previous = key;
          map.put(key, value());
        }
        position++;
        return map;
      }
      int colon = indexOf(':');
      int length = Integer.parseInt(ascii(position, colon));
      byte[] text = Arrays.copyOfRange(bytes, colon + 1, colon + 1 + length);
      position = colon + 1 + length;
      return text;
    }

    private int indexOf(char c) {
      for (int i = position; i < bytes.length; i++) {
        if (bytes[i] == c) {
          return i;
        }
      }
      throw new AssertionError("no '" + c + "' after " + position);
    }

    private String ascii(int from, int to) {
      return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
  }
}
