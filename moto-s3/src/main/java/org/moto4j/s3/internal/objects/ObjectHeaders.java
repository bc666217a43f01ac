package org.moto4j.s3.internal.objects;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.StorageClass;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.lock.ObjectLockHeaders;

/**
 * The headers GetObject and HeadObject describe an object with, {@code response-*} query overrides
 * applied; the checksum only when the request asks for it ({@code x-amz-checksum-mode: ENABLED})
 * and the answer covers the bytes it was computed over.
 */
final class ObjectHeaders {

  private ObjectHeaders() {}

  /**
   * Describes the object a read answers with.
   *
   * @param read the read; its range decides whether the checksum applies
   */
  static MotoResponse describe(MotoResponse response, ObjectRead read, S3Request request) {
    StoredObject object = read.object();
    ObjectAttributes attributes = object.attributes();
    response
        .header("Last-Modified", HttpDates.format(object.lastModified()))
        .header("ETag", object.etag())
        .header("Accept-Ranges", "bytes")
        .header(
            "Content-Type", override(request, "response-content-type", attributes.contentType()));
    optional(
        response,
        "Content-Encoding",
        override(request, "response-content-encoding", attributes.contentEncoding()));
    optional(
        response,
        "Content-Disposition",
        override(request, "response-content-disposition", attributes.contentDisposition()));
    optional(
        response,
        "Content-Language",
        override(request, "response-content-language", attributes.contentLanguage()));
    optional(
        response,
        "Cache-Control",
        override(request, "response-cache-control", attributes.cacheControl()));
    optional(response, "Expires", override(request, "response-expires", attributes.expires()));
    for (Map.Entry<String, String> entry : attributes.userMetadata().entrySet()) {
      response.header(UploadAttributes.USER_METADATA_PREFIX + entry.getKey(), entry.getValue());
    }
    if (attributes.storageClass() != StorageClass.STANDARD) {
      response.header("x-amz-storage-class", attributes.storageClass().name());
    }
    optional(response, "x-amz-website-redirect-location", attributes.websiteRedirectLocation());
    EncryptionHeaders.describe(response, object.encryption());
    if (!attributes.tags().isEmpty()) {
      response.header("x-amz-tagging-count", Integer.toString(attributes.tags().size()));
    }
    ObjectLockHeaders.describe(response, attributes.lock());
    if (request.queryParameter("partNumber") != null && object.partsCount() != null) {
      response.header("x-amz-mp-parts-count", Integer.toString(object.partsCount()));
    }
    if (checksumWanted(request) && coversChecksum(read)) {
      checksum(response, object.checksum());
    }
    if (read.isPartial()) {
      response.header("Content-Range", read.range().contentRange());
    }
    return response;
  }

  /** Adds {@code x-amz-restore} when the object's archive was (or is being) restored. */
  static MotoResponse restore(MotoResponse response, StoredObject object, Instant now) {
    ObjectRestore restore = object.attributes().restore();
    if (restore != null && !restore.isExpired(now)) {
      response.header("x-amz-restore", restore.header(now));
    }
    return response;
  }

  /** What a 304 carries: the validators the client compared. */
  static MotoResponse notModified(StoredObject object) {
    return MotoResponse.status(304)
        .header("Last-Modified", HttpDates.format(object.lastModified()))
        .header("ETag", object.etag());
  }

  /** Adds an object's checksum and its type, if it has one. */
  static MotoResponse checksum(MotoResponse response, ObjectChecksum checksum) {
    if (checksum != null) {
      response
          .header(checksum.algorithm().header(), checksum.value())
          .header("x-amz-checksum-type", checksum.type().name());
    }
    return response;
  }

  private static boolean checksumWanted(S3Request request) {
    String mode = request.header("x-amz-checksum-mode");
    return mode != null && mode.trim().toUpperCase(Locale.ROOT).equals("ENABLED");
  }

  /** A range answers part of the bytes: the whole object's checksum does not describe them. */
  private static boolean coversChecksum(ObjectRead read) {
    return !read.isPartial() || read.contentLength() == read.object().size();
  }

  private static String override(S3Request request, String parameter, String stored) {
    String value = request.queryParameter(parameter);
    return value != null ? value : stored;
  }

  private static void optional(MotoResponse response, String name, String value) {
    if (value != null) {
      response.header(name, value);
    }
  }
}
