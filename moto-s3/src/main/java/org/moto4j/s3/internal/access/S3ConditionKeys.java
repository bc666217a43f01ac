package org.moto4j.s3.internal.access;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;

/**
 * S3's service condition keys, read from a request: the ones each row of {@code permissions.tsv}
 * names, and the ones every S3 request carries ({@code s3:authType}, {@code s3:signatureversion},
 * {@code s3:x-amz-content-sha256}). A key the request does not carry is left out, so that {@code
 * Null} and the {@code IfExists} operators see it absent, as in AWS.
 */
final class S3ConditionKeys {

  private static final String[] GRANT_HEADERS = {
    "x-amz-grant-full-control",
    "x-amz-grant-read",
    "x-amz-grant-read-acp",
    "x-amz-grant-write",
    "x-amz-grant-write-acp"
  };

  // Keys that are the value of the header of the same name (after the service prefix).
  private static final Map<String, String> HEADER_KEYS =
      Map.ofEntries(
          Map.entry("s3:x-amz-acl", "x-amz-acl"),
          Map.entry("s3:x-amz-server-side-encryption", "x-amz-server-side-encryption"),
          Map.entry(
              "s3:x-amz-server-side-encryption-aws-kms-key-id",
              "x-amz-server-side-encryption-aws-kms-key-id"),
          Map.entry("s3:x-amz-storage-class", "x-amz-storage-class"),
          Map.entry("s3:x-amz-website-redirect-location", "x-amz-website-redirect-location"),
          Map.entry("s3:x-amz-copy-source", "x-amz-copy-source"),
          Map.entry("s3:x-amz-metadata-directive", "x-amz-metadata-directive"),
          Map.entry("s3:x-amz-object-ownership", "x-amz-object-ownership"),
          Map.entry("s3:object-lock-mode", "x-amz-object-lock-mode"),
          Map.entry("s3:object-lock-legal-hold", "x-amz-object-lock-legal-hold"),
          Map.entry("s3express:SessionMode", "x-amz-create-session-mode"));

  // The values every signed request carries, made once.
  private static final ContextValue REST_HEADER = ContextValue.string("REST-HEADER");
  private static final ContextValue REST_QUERY_STRING = ContextValue.string("REST-QUERY-STRING");
  private static final ContextValue POST = ContextValue.string("POST");
  private static final ContextValue SIGV4 = ContextValue.string("AWS4-HMAC-SHA256");
  private static final ContextValue SIGV2 = ContextValue.string("AWS");

  private S3ConditionKeys() {}

  /** Whether the request sets an ACL through headers (canned or grants). */
  static boolean hasAclHeader(MotoRequest request) {
    if (request.header("x-amz-acl") != null) {
      return true;
    }
    for (String grant : GRANT_HEADERS) {
      if (request.header(grant) != null) {
        return true;
      }
    }
    return false;
  }

  /** The keys every S3 request carries. */
  static void putCommon(MotoRequest request, Map<String, ContextValue> context) {
    String authorization = request.header("Authorization");
    if (authorization != null) {
      context.put("s3:authType", REST_HEADER);
      context.put("s3:signatureversion", authorization.startsWith("AWS4-") ? SIGV4 : SIGV2);
    } else if (request.queryParameter("X-Amz-Signature") != null) {
      context.put("s3:authType", REST_QUERY_STRING);
      context.put("s3:signatureversion", SIGV4);
    } else if (request.queryParameter("Signature") != null) {
      context.put("s3:authType", REST_QUERY_STRING);
      context.put("s3:signatureversion", SIGV2);
    } else if (isForm(request)) {
      context.put("s3:authType", POST);
    }
    String sha256 = request.header("x-amz-content-sha256");
    if (sha256 != null) {
      context.put("s3:x-amz-content-sha256", ContextValue.string(sha256));
    }
  }

  private static boolean isForm(MotoRequest request) {
    String contentType = request.header("Content-Type");
    return request.method().equals("POST")
        && contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * Puts one key a row names.
   *
   * @param key the key, or a family such as {@code s3:RequestObjectTag/*}
   * @param versionId the version the row's resource names, or {@code null}
   * @param existingTags the tags of the row's object as it stands, or {@code null} if unknown
   */
  static void put(
      String key,
      MotoRequest request,
      String versionId,
      Map<String, String> existingTags,
      Map<String, ContextValue> context) {
    String header = HEADER_KEYS.get(key);
    if (header != null) {
      putString(context, key, request.header(header));
      return;
    }
    switch (key) {
      case "s3:prefix" -> putString(context, key, request.queryParameter("prefix"));
      case "s3:delimiter" -> putString(context, key, request.queryParameter("delimiter"));
      case "s3:max-keys" -> putNumber(context, key, request.queryParameter("max-keys"));
      case "s3:versionid" -> putString(context, key, versionId);
      case "s3:object-lock-retain-until-date" -> {
        String date = request.header("x-amz-object-lock-retain-until-date");
        if (date != null) {
          context.put(key, ContextValue.date(date));
        }
      }
      case "s3:x-amz-grant-*" -> {
        for (String grant : GRANT_HEADERS) {
          putString(context, "s3:" + grant, request.header(grant));
        }
      }
      case "s3:ExistingObjectTag/*" -> {
        if (existingTags != null) {
          existingTags.forEach(
              (tag, value) ->
                  context.put("s3:ExistingObjectTag/" + tag, ContextValue.string(value)));
        }
      }
      case "s3:RequestObjectTag/*" ->
          requestTags(request)
              .forEach(
                  (tag, value) ->
                      context.put("s3:RequestObjectTag/" + tag, ContextValue.string(value)));
      case "s3:RequestObjectTagKeys" -> {
        Map<String, String> tags = requestTags(request);
        if (!tags.isEmpty()) {
          context.put(key, ContextValue.strings(new ArrayList<>(tags.keySet())));
        }
      }
      default -> throw new IllegalStateException("No reader for condition key " + key);
    }
  }

  /** Whether {@link #put} knows the key (checked when the table loads). */
  static boolean knows(String key) {
    return HEADER_KEYS.containsKey(key)
        || List.of(
                "s3:prefix",
                "s3:delimiter",
                "s3:max-keys",
                "s3:versionid",
                "s3:object-lock-retain-until-date",
                "s3:x-amz-grant-*",
                "s3:ExistingObjectTag/*",
                "s3:RequestObjectTag/*",
                "s3:RequestObjectTagKeys")
            .contains(key);
  }

  /**
   * The tags of {@code x-amz-tagging} (URL query form). Read leniently: a malformed header is
   * refused by the operation itself with S3's own error, after authorisation.
   */
  static Map<String, String> requestTags(MotoRequest request) {
    String header = request.header("x-amz-tagging");
    if (header == null || header.isEmpty()) {
      return Map.of();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (String pair : header.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (name != null && value != null) {
        tags.putIfAbsent(name, value);
      }
    }
    return tags;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void putString(Map<String, ContextValue> context, String key, String value) {
    if (value != null) {
      context.put(key, ContextValue.string(value));
    }
  }

  private static void putNumber(Map<String, ContextValue> context, String key, String value) {
    if (value != null) {
      try {
        context.put(key, ContextValue.numeric(Long.parseLong(value.trim())));
      } catch (NumberFormatException e) {
        // S3 refuses a malformed max-keys itself; the key is then simply absent.
      }
    }
  }
}
