package org.moto4j.s3.internal.tagging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.XmlBodies;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * S3's tag sets, for objects (at most 10) and buckets (at most 50): keys of 1 to 128 and values of
 * up to 256 Unicode characters from AWS's tag alphabet (letters, digits, spaces and {@code _ . : /
 * = + - @}), no key twice, none starting {@code aws:}; and their {@code Tagging} document.
 */
public final class TagSets {

  /** The most tags an object may have. */
  public static final int MAX_OBJECT_TAGS = 10;

  /** The most tags a bucket may have. */
  public static final int MAX_BUCKET_TAGS = 50;

  private static final int MAX_KEY_LENGTH = 128;
  private static final int MAX_VALUE_LENGTH = 256;
  private static final Pattern ALPHABET = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private TagSets() {}

  /**
   * The tags of a {@code Tagging} document, in order, checked.
   *
   * @param max the most tags allowed
   * @param tooMany the error for more
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for a document without a
   *     {@code TagSet} or a tag without its key or value, {@code InvalidTag}, or {@code tooMany}
   */
  public static Map<String, String> parse(XmlNode tagging, int max, S3Errors tooMany) {
    List<Map.Entry<String, String>> tags = new ArrayList<>();
    for (XmlNode tag : tagging.required("TagSet").children("Tag")) {
      tags.add(Map.entry(tag.requiredText("Key"), tag.requiredText("Value")));
    }
    return check(tags, max, tooMany);
  }

  /**
   * The tags of a {@code Tagging} document given as text (a browser form's {@code tagging} field),
   * checked as object tags; none for an empty text.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}, {@code InvalidTag} or
   *     {@code BadRequest}
   */
  public static Map<String, String> parseObjectTags(String document) {
    return XmlBodies.read(
            new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "Tagging")
        .map(root -> parse(XmlNode.of(root), MAX_OBJECT_TAGS, S3Errors.TOO_MANY_TAGS))
        .orElse(Map.of());
  }

  /**
   * Checks tags against S3's rules and answers them as a map, in order.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidTag}, or {@code tooMany}
   */
  public static Map<String, String> check(
      List<Map.Entry<String, String>> tags, int max, S3Errors tooMany) {
    if (tags.size() > max) {
      throw tooMany.exception();
    }
    Map<String, String> checked = new LinkedHashMap<>();
    for (Map.Entry<String, String> tag : tags) {
      String key = tag.getKey();
      String value = tag.getValue();
      if (key.isEmpty() || length(key) > MAX_KEY_LENGTH || !ALPHABET.matcher(key).matches()) {
        throw S3Errors.INVALID_TAG_KEY.exception().with("TagKey", key);
      }
      if (length(value) > MAX_VALUE_LENGTH || !ALPHABET.matcher(value).matches()) {
        throw S3Errors.INVALID_TAG_VALUE.exception().with("TagKey", key).with("TagValue", value);
      }
      if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
        throw S3Errors.SYSTEM_TAG_KEY.exception().with("TagKey", key);
      }
      if (checked.put(key, value) != null) {
        throw S3Errors.DUPLICATE_TAG_KEYS.exception().with("TagKey", key);
      }
    }
    return checked;
  }

  /** The {@code Tagging} document of a tag set. */
  public static String document(Map<String, String> tags) {
    XmlWriter xml = XmlWriter.document().start("Tagging", S3Service.NAMESPACE).start("TagSet");
    tags.forEach(
        (key, value) -> xml.start("Tag").element("Key", key).element("Value", value).end());
    return xml.end().end().toXml();
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
