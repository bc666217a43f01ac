package org.moto4j.s3.internal.objects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moto4j.s3.internal.S3Request;

/**
 * The fields an upload names its object's attributes with, by lower-case name: a request's headers
 * (PutObject, CreateMultipartUpload, CopyObject) or a browser form's fields (POST uploads), so that
 * every way of writing an object reads them with the same rules.
 *
 * <pre>{@code
 * UploadFields fields = UploadFields.of(request);
 * UploadFields form = UploadFields.of(Map.of("content-type", "image/png", "x-amz-meta-a", "1"));
 * }</pre>
 */
public final class UploadFields {

  private final Map<String, String> byLowerName;

  private UploadFields(Map<String, String> byLowerName) {
    this.byLowerName = Collections.unmodifiableMap(byLowerName);
  }

  /**
   * A request's headers (first value of each), {@code Content-Encoding} without the {@code
   * aws-chunked} transport framing.
   */
  public static UploadFields of(S3Request request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : request.http().headers().names()) {
      fields.putIfAbsent(name.toLowerCase(Locale.ROOT), request.header(name));
    }
    String encoding = request.payloadContentEncoding();
    if (encoding == null) {
      fields.remove("content-encoding");
    } else {
      fields.put("content-encoding", encoding);
    }
    return new UploadFields(fields);
  }

  /** Fields by name (any case); for form uploads. */
  public static UploadFields of(Map<String, String> fields) {
    Map<String, String> lower = new LinkedHashMap<>();
    fields.forEach((name, value) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
    return new UploadFields(lower);
  }

  /** The value of a field, or {@code null}. */
  public String get(String name) {
    return byLowerName.get(name.toLowerCase(Locale.ROOT));
  }

  /** Whether the field is present. */
  public boolean has(String name) {
    return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Every field name, lower case, in the order given. */
  public Set<String> names() {
    return byLowerName.keySet();
  }
}
