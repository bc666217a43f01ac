package org.moto4j.s3.internal.objects;

import java.util.Map;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.HttpDates;

/** The headers GetObject and HeadObject describe an object with. */
final class ObjectHeaders {

  /** The prefix of user metadata headers. */
  static final String USER_METADATA = "x-amz-meta-";

  private ObjectHeaders() {}

  static MotoResponse describe(MotoResponse response, StoredObject object) {
    response
        .header("Content-Type", object.contentType())
        .header("ETag", object.etag())
        .header("Last-Modified", HttpDates.format(object.lastModified()))
        .header("Accept-Ranges", "bytes");
    if (object.contentEncoding() != null) {
      response.header("Content-Encoding", object.contentEncoding());
    }
    for (Map.Entry<String, String> entry : object.userMetadata().entrySet()) {
      response.header(USER_METADATA + entry.getKey(), entry.getValue());
    }
    return response;
  }
}
