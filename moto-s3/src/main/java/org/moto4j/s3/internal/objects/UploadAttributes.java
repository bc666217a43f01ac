package org.moto4j.s3.internal.objects;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StorageClass;
import org.moto4j.s3.internal.acl.AclHeaders;

/**
 * Reads what an upload says about its object (content headers, {@code x-amz-meta-*}, storage class,
 * website redirect, tags) with S3's limits, before a byte of the body is read: a request S3 would
 * refuse stores nothing.
 */
public final class UploadAttributes {

  /** The prefix of user metadata headers. */
  public static final String USER_METADATA_PREFIX = "x-amz-meta-";

  /** The largest key, in UTF-8 bytes. */
  public static final int MAX_KEY_BYTES = 1024;

  /** The largest user metadata: names (without the prefix) and values, in UTF-8 bytes. */
  public static final int MAX_METADATA_BYTES = 2048;

  private UploadAttributes() {}

  /**
   * The attributes an upload names.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MetadataTooLarge}, {@code
   *     InvalidStorageClass}, {@code InvalidArgument} (redirect, tagging), {@code InvalidTag}
   */
  public static ObjectAttributes read(UploadFields fields) {
    return new ObjectAttributes(
        blankToNull(fields.get("content-type")),
        blankToNull(fields.get("content-encoding")),
        fields.get("content-disposition"),
        fields.get("content-language"),
        fields.get("cache-control"),
        fields.get("expires"),
        userMetadata(fields),
        StorageClass.parse(fields.get("x-amz-storage-class")),
        websiteRedirectLocation(fields.get("x-amz-website-redirect-location")),
        ObjectTags.parseHeader(fields.get("x-amz-tagging")),
        null, // not restored
        ObjectLock.NONE, // applied once the bucket's lock rules are known
        AclHeaders.parse(fields::get));
  }

  /**
   * Checks a new object's key.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code KeyTooLongError} beyond 1,024 UTF-8 bytes
   */
  public static void checkKey(String key) {
    int size = key.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_KEY_BYTES) {
      throw S3Errors.KEY_TOO_LONG
          .exception()
          .with("Size", Integer.toString(size))
          .with("MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES));
    }
  }

  /** The {@code x-amz-meta-*} fields: names lower case without the prefix, values as sent. */
  static Map<String, String> userMetadata(UploadFields fields) {
    Map<String, String> metadata = new LinkedHashMap<>();
    int size = 0;
    for (String name : fields.names()) {
      if (name.startsWith(USER_METADATA_PREFIX)) {
        String shortName = name.substring(USER_METADATA_PREFIX.length());
        String value = fields.get(name);
        metadata.put(shortName, value);
        size +=
            shortName.getBytes(StandardCharsets.UTF_8).length
                + value.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (size > MAX_METADATA_BYTES) {
      throw S3Errors.METADATA_TOO_LARGE
          .exception()
          .with("Size", Integer.toString(size))
          .with("MaxSizeAllowed", Integer.toString(MAX_METADATA_BYTES));
    }
    return metadata;
  }

  private static String websiteRedirectLocation(String location) {
    if (location == null) {
      return null;
    }
    if (!location.startsWith("/")
        && !location.startsWith("http://")
        && !location.startsWith("https://")) {
      throw S3Errors.INVALID_ARGUMENT
          .exception(
              "The website redirect location must have a prefix of 'http://' or 'https://' or"
                  + " '/'.")
          .with("ArgumentName", "x-amz-website-redirect-location")
          .with("ArgumentValue", location);
    }
    return location;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
