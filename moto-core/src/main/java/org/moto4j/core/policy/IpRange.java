package org.moto4j.core.policy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IPv4 or IPv6 address range in CIDR notation (a bare address is a /32 or /128). */
record IpRange(byte[] network, int prefix) {

  /** Parses {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a single address; empty if malformed. */
  static Optional<IpRange> parse(String cidr) {
    String text = cidr.strip();
    int slash = text.indexOf('/');
    Optional<byte[]> address = address(slash < 0 ? text : text.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int bits = address.get().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > bits) {
        return Optional.empty();
      }
    }
    return Optional.of(new IpRange(address.get(), prefix));
  }

  /** Whether {@code ip} (an address, written as IAM's context holds it) lies in the range. */
  boolean contains(String ip) {
    Optional<byte[]> address = address(ip.strip());
    if (address.isEmpty() || address.get().length != network.length) {
      return false;
    }
    int bits = network.length * 8;
    BigInteger mask =
        BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
    BigInteger a = new BigInteger(1, address.get()).and(mask);
    BigInteger n = new BigInteger(1, network).and(mask);
    return a.equals(n);
  }

  /** A literal address only: never a host name, so no lookup happens. */
  private static Optional<byte[]> address(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.indexOf(':') < 0) {
      String[] octets = text.split("\\.", -1);
      if (octets.length != 4) {
        return Optional.empty();
      }
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (!octets[i].matches("[0-9]{1,3}")) {
          return Optional.empty();
        }
        int value = Integer.parseInt(octets[i]);
        if (value > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) value;
      }
      return Optional.of(bytes);
    }
    if (!text.matches("[0-9A-Fa-f:.]+")) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(text).getAddress();
      if (bytes.length == 4) {
        // an IPv4-mapped IPv6 literal: keep it in the IPv6 family
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return Optional.of(mapped);
      }
      return Optional.of(bytes);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
