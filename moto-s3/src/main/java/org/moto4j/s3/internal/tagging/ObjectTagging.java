package org.moto4j.s3.internal.tagging;

import jakarta.inject.Inject;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * {@code PUT|GET|DELETE /bucket/key?tagging}: an object's tags (at most 10), which live with the
 * object: a Put replaces them whole, sharing the object's body, unless a writer replaced the object
 * meanwhile (then the new object is tagged). An untagged object answers an empty set.
 */
public final class ObjectTagging implements S3Operation {

  private final BucketAccess access;

  @Inject
  public ObjectTagging(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    return switch (request.operation()) {
      case "PutObjectTagging" -> {
        XmlNode document = ConfigurationBodies.read(request, "Tagging");
        Map<String, String> tags =
            TagSets.parse(document, TagSets.MAX_OBJECT_TAGS, S3Errors.TOO_MANY_TAGS);
        yield versioned(MotoResponse.status(200), retag(bucket, request, tags));
      }
      case "GetObjectTagging" -> {
        StoredObject object = find(bucket, request);
        yield versioned(MotoResponse.status(200), object)
            .xml(TagSets.document(object.attributes().tags()));
      }
      default -> versioned(MotoResponse.status(204), retag(bucket, request, Map.of()));
    };
  }

  /** Replaces the tags of the object as it is now, retrying if a writer replaces it meanwhile. */
  private static StoredObject retag(Bucket bucket, S3Request request, Map<String, String> tags) {
    while (true) {
      StoredObject current = find(bucket, request);
      StoredObject tagged = current.withAttributes(current.attributes().withTags(tags));
      if (bucket.objects().replace(request.key(), current, tagged)) {
        return tagged;
      }
    }
  }

  private static StoredObject find(Bucket bucket, S3Request request) {
    StoredObject object = bucket.objects().get(request.key());
    if (object == null) {
      throw S3Errors.NO_SUCH_KEY.exception().with("Key", request.key());
    }
    String versionId = request.queryParameter("versionId");
    if (versionId != null && !versionId.equals(versionOf(object))) {
      throw S3Errors.NO_SUCH_VERSION
          .exception()
          .with("Key", request.key())
          .with("VersionId", versionId);
    }
    return object;
  }

  private static MotoResponse versioned(MotoResponse response, StoredObject object) {
    return object.versionId() == null
        ? response
        : response.header("x-amz-version-id", object.versionId());
  }

  private static String versionOf(StoredObject object) {
    return object.versionId() == null ? "null" : object.versionId();
  }
}
