package org.moto4j.s3.internal.annotations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket/key?annotation}: ListObjectAnnotations, the object's annotations in name
 * order, filtered by {@code annotation-prefix}, {@code max-annotation-results} (1 to 1,000) at a
 * time, continued from {@code continuation-token}.
 */
final class AnnotationListing {

  private static final int MAX_PAGE = 1000;

  private AnnotationListing() {}

  static MotoResponse list(
      S3Request request,
      Bucket bucket,
      StoredObject object,
      Optional<ConcurrentNavigableMap<String, AnnotationStore.Annotation>> annotations) {
    String prefix = request.queryParameter("annotation-prefix");
    String token = request.queryParameter("continuation-token");
    int max = max(request.queryParameter("max-annotation-results"));
    ConcurrentNavigableMap<String, AnnotationStore.Annotation> view =
        annotations.orElseGet(java.util.concurrent.ConcurrentSkipListMap::new);
    if (token != null) {
      view = view.tailMap(after(token), false);
    } else if (prefix != null && !prefix.isEmpty()) {
      view = view.tailMap(prefix, true);
    }
    XmlWriter xml =
        XmlWriter.document()
            .start("ListObjectAnnotationsResult", S3Service.NAMESPACE)
            .start("Annotations");
    int count = 0;
    String next = null;
    String last = null;
    for (AnnotationStore.Annotation annotation : view.values()) {
      if (prefix != null && !annotation.name().startsWith(prefix)) {
        break;
      }
      if (count == max) {
        next = ObjectAnnotations.token(last);
        break;
      }
      xml.start("AnnotationEntry")
          .element("AnnotationName", annotation.name())
          .element("LastModified", annotation.lastModified())
          .element("ETag", annotation.etag())
          .element("Size", annotation.payload().length)
          .end();
      count++;
      last = annotation.name();
    }
    xml.end()
        .element("Bucket", bucket.name())
        .element("Key", object.key())
        .optional("AnnotationPrefix", prefix)
        .element("MaxAnnotationResults", max)
        .element("AnnotationCount", count)
        .optional("ContinuationToken", token)
        .optional("NextContinuationToken", next)
        .end();
    MotoResponse response = MotoResponse.status(200).xml(xml.toXml());
    return object.versionId() == null
        ? response
        : response.header("x-amz-object-version-id", object.versionId());
  }

  private static int max(String value) {
    if (value == null) {
      return MAX_PAGE;
    }
    try {
      int max = Integer.parseInt(value.trim());
      if (max >= 1 && max <= MAX_PAGE) {
        return max;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("Argument max-annotation-results must be an integer between 1 and 1000")
        .with("ArgumentName", "max-annotation-results")
        .with("ArgumentValue", value);
  }

  private static String after(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("The continuation token provided is incorrect")
          .with("ArgumentName", "continuation-token")
          .with("ArgumentValue", token);
    }
  }
}
