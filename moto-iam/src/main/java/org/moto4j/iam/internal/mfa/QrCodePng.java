package org.moto4j.iam.internal.mfa;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * The {@code QRCodePNG} of a virtual MFA device: a PNG (8-bit greyscale) of the QR code of its
 * {@code otpauth://totp/} URI, which authenticator apps scan, labelled {@code Amazon Web
 * Services:NAME@ACCOUNT} as AWS labels its codes.
 */
final class QrCodePng {

  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  private static final String ISSUER = "Amazon%20Web%20Services";
  private static final int SCALE = 4;
  private static final int QUIET_ZONE = 4;

  private QrCodePng() {}

  /** The PNG for device {@code name} of {@code account} with this base32 seed. */
  static byte[] of(String name, String account, String seed) {
    String uri = uri(ISSUER + ":" + encode(name) + "@" + account, seed);
    if (uri.length() > QrCode.MAX_BYTES) {
      // A name too long for the code: the account alone still tells the device apart.
      uri = uri(ISSUER + ":" + account, seed);
    }
    return render(QrCode.encode(uri.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The URI authenticator apps read. */
  static String uri(String label, String seed) {
    return "otpauth://totp/" + label + "?secret=" + seed + "&issuer=" + ISSUER;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] render(boolean[][] dark) {
    int modules = dark.length;
    int size = (modules + 2 * QUIET_ZONE) * SCALE;
    ByteArrayOutputStream pixels = new ByteArrayOutputStream(size * (size + 1));
    for (int py = 0; py < size; py++) {
      pixels.write(0); // filter: none
      for (int px = 0; px < size; px++) {
        int mx = px / SCALE - QUIET_ZONE;
        int my = py / SCALE - QUIET_ZONE;
        boolean inside = mx >= 0 && my >= 0 && mx < modules && my < modules;
        pixels.write(inside && dark[my][mx] ? 0 : 255);
      }
    }
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      png.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(size);
      h.writeInt(size);
      h.writeByte(8); // bit depth
      h.writeByte(0); // colour type: greyscale
      h.writeByte(0); // compression
      h.writeByte(0); // filter
      h.writeByte(0); // interlace
      chunk(png, "IHDR", header.toByteArray());
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed)) {
        pixels.writeTo(deflater);
      }
      chunk(png, "IDAT", compressed.toByteArray());
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
