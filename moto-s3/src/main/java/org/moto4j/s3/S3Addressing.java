package org.moto4j.s3;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;

/**
 * Finds the bucket and key a request addresses, path style ({@code localhost:5000/bucket/key}) or
 * virtual-host style ({@code bucket.localhost:5000/key}), by moto's rules for which hosts name a
 * bucket. Keys are percent-decoded from the raw path as S3 does: {@code +} stays a plus, and {@code
 * //}, {@code ../} and a trailing {@code /} are kept.
 *
 * <pre>{@code
 * S3Address address = addressing.resolve("bucket.localhost", "/photos/2024/cat.jpg");
 * }</pre>
 */
@Singleton
public final class S3Addressing {

  /** Regional and global S3 endpoints, which carry the bucket in the path (moto's list). */
  private static final Pattern PATH_STYLE_AWS_HOST =
      Pattern.compile("s3[.-](?:(?:dualstack|fips)[.-])?[^.]*\\.amazonaws\\.com(?:\\.cn)?");

  /** {@code bucket.s3.amazonaws.com}, {@code bucket.s3.eu-west-1.amazonaws.com}, {@code …s3-…}. */
  private static final Pattern VIRTUAL_AWS_HOST =
      Pattern.compile("(.+)\\.s3(?:[.-].*)?\\.amazonaws\\.com(?:\\.cn)?");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

  private static final String LOCALHOST_SUFFIX = ".localhost";

  private final MotoConfig config;

  @Inject
  public S3Addressing(MotoConfig config) {
    this.config = config;
  }

  /**
   * The bucket and key of a request.
   *
   * @param host the host the client addressed, lower case, without port
   * @param rawPath the path as sent, still percent-encoded
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidURI} for a malformed escape
   */
  public S3Address resolve(String host, String rawPath) {
    String path = rawPath.isEmpty() ? "/" : rawPath;
    if (!isPathStyle(host)) {
      String key = decode(path.substring(1));
      return new S3Address(bucketOfHost(host), key.isEmpty() ? null : key, true);
    }
    if (path.equals("/")) {
      return new S3Address(null, null, false);
    }
    String rest = path.substring(1);
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return new S3Address(decode(rest), null, false);
    }
    String bucket = decode(rest.substring(0, slash));
    String key = decode(rest.substring(slash + 1));
    return new S3Address(bucket, key.isEmpty() ? null : key, false);
  }

  /** Whether requests to {@code host} carry the bucket in the path rather than the host name. */
  public boolean isPathStyle(String host) {
    if (config.getBoolean(Setting.S3_IGNORE_SUBDOMAIN_BUCKETNAME)) {
      return true;
    }
    if (host == null || host.isEmpty() || customEndpointHosts().contains(host)) {
      return true;
    }
    // moto's local hosts: localhost, localstack, Docker and Kubernetes names, IP addresses.
    if (host.startsWith("localhost")
        || host.startsWith("localstack")
        || host.startsWith("host.docker.internal")
        || host.indexOf('.') < 0
        || host.endsWith(".svc.cluster.local")
        || host.startsWith("[")
        || IPV4.matcher(host).matches()) {
      return true;
    }
    return host.equals("s3.amazonaws.com") || PATH_STYLE_AWS_HOST.matcher(host).matches();
  }

  private String bucketOfHost(String host) {
    Matcher aws = VIRTUAL_AWS_HOST.matcher(host);
    if (aws.matches()) {
      return aws.group(1);
    }
    for (String endpoint : customEndpointHosts()) {
      if (host.endsWith("." + endpoint)) {
        return host.substring(0, host.length() - endpoint.length() - 1);
      }
    }
    if (host.endsWith(LOCALHOST_SUFFIX)) {
      return host.substring(0, host.length() - LOCALHOST_SUFFIX.length());
    }
    // An unknown host: its first label is the bucket, as moto reads it.
    return host.substring(0, host.indexOf('.'));
  }

  /** The host names of {@code MOTO_S3_CUSTOM_ENDPOINTS}, which are endpoints, never buckets. */
  private Set<String> customEndpointHosts() {
    Set<String> hosts = new LinkedHashSet<>();
    String value = config.get(Setting.S3_CUSTOM_ENDPOINTS).orElse("");
    for (String entry : value.split(",")) {
      String trimmed = entry.trim().toLowerCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      // http://host:port/path, host:port or host: the host name alone, without a URI parser that
      // could fail every request over one malformed entry.
      int scheme = trimmed.indexOf("://");
      String hostName = scheme < 0 ? trimmed : trimmed.substring(scheme + 3);
      hostName = hostName.replaceFirst("[/?#].*$", "").replaceFirst("^.*@", "");
      hostName = hostName.startsWith("[") ? hostName : hostName.replaceFirst(":\\d*$", "");
      if (!hostName.isEmpty()) {
        hosts.add(hostName);
      }
    }
    return hosts;
  }

  /**
   * Percent-decodes part of a raw path as UTF-8; {@code +} stays a plus.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidURI} for a malformed escape or
   *     bytes that are not UTF-8
   */
  public static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw S3Errors.INVALID_URI.exception();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
        bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw S3Errors.INVALID_URI.exception();
    }
  }

  /**
   * Checks that every escape of a raw query string is well formed.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidURI} otherwise
   */
  public static void checkQuery(String rawQuery) {
    if (rawQuery != null && rawQuery.indexOf('%') >= 0) {
      for (String part : rawQuery.split("[&=]")) {
        decode(part);
      }
    }
  }
}
