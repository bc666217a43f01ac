package org.moto4j.s3.internal.objects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.http.MalformedRequestException;
import org.moto4j.core.http.QueryString;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.tagging.TagSets;

/**
 * S3's rules for object tags: at most 10, keys up to 128 characters and values up to 256, no key
 * twice, none starting {@code aws:}. Reads the {@code x-amz-tagging} header, which carries them as
 * URL query parameters ({@code k1=v1&k2=v2}).
 */
public final class ObjectTags {

  /** The most tags an object may have. */
  public static final int MAX_TAGS = TagSets.MAX_OBJECT_TAGS;

  private static final String HEADER_MESSAGE =
      "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters"
          + " without tag name duplicates.";

  private ObjectTags() {}

  /**
   * The tags of an {@code x-amz-tagging} header, in order; none for {@code null}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a malformed header or
   *     a key given twice, {@code InvalidTag} or {@code BadRequest} for tags S3 refuses
   */
  public static Map<String, String> parseHeader(String header) {
    if (header == null || header.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> parameters;
    try {
      parameters = QueryString.parse(header);
    } catch (MalformedRequestException e) {
      throw malformedHeader(header);
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (parameter.getValue().size() > 1 || parameter.getKey().isEmpty()) {
        throw malformedHeader(header);
      }
      tags.put(parameter.getKey(), parameter.getValue().get(0));
    }
    check(tags);
    return tags;
  }

  /**
   * Checks a tag set against S3's limits for objects ({@link TagSets}).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidTag} or {@code BadRequest}
   */
  public static void check(Map<String, String> tags) {
    TagSets.check(List.copyOf(tags.entrySet()), MAX_TAGS, S3Errors.TOO_MANY_TAGS);
  }

  private static RuntimeException malformedHeader(String header) {
    return S3Errors.INVALID_ARGUMENT
        .exception(HEADER_MESSAGE)
        .with("ArgumentName", "x-amz-tagging")
        .with("ArgumentValue", header);
  }
}
