package org.moto4j.s3.internal.torrent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes bencoded values (BitTorrent's encoding, BEP 3): byte strings {@code 4:spam}, integers
 * {@code i3e}, dictionaries {@code d...e} with keys sorted as raw bytes.
 */
final class Bencode {

  private Bencode() {}

  /** Encodes a value: a {@code String}, {@code byte[]}, {@code Long}/{@code Integer} or a map. */
  static byte[] encode(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, Object value) {
    if (value instanceof String text) {
      bytes(out, text.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof byte[] raw) {
      bytes(out, raw);
    } else if (value instanceof Long || value instanceof Integer) {
      ascii(out, "i" + value + "e");
    } else if (value instanceof Map<?, ?> map) {
      // Keys in raw byte order; UTF-8 of ASCII keys sorts as the strings do.
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((key, entry) -> sorted.put((String) key, entry));
      out.write('d');
      sorted.forEach(
          (key, entry) -> {
            write(out, key);
            write(out, entry);
          });
      out.write('e');
    } else {
      throw new IllegalArgumentException("Not bencodable: " + value);
    }
  }

  private static void bytes(ByteArrayOutputStream out, byte[] raw) {
    ascii(out, raw.length + ":");
    out.writeBytes(raw);
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
