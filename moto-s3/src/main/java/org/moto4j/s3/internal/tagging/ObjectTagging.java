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
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code PUT|GET|DELETE /bucket/key?tagging}: an object's tags (at most 10), which live with the
 * object: a Put replaces them whole, sharing the object's body, unless a writer replaced the object
 * meanwhile (then the new object is tagged). An untagged object answers an empty set. With {@code
 * versionId} they are that version's; a delete marker has none (405).
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
    String versionId = Versions.parameter(request);
    return switch (request.operation()) {
      case "PutObjectTagging" -> {
        XmlNode document = ConfigurationBodies.read(request, "Tagging");
        Map<String, String> tags =
            TagSets.parse(document, TagSets.MAX_OBJECT_TAGS, S3Errors.TOO_MANY_TAGS);
        yield Versions.describe(
            MotoResponse.status(200), bucket, retag(bucket, request, versionId, tags, "PUT"));
      }
      case "GetObjectTagging" -> {
        StoredObject object = Versions.readable(bucket, request.key(), versionId, "GET");
        yield Versions.describe(MotoResponse.status(200), bucket, object)
            .xml(TagSets.document(object.attributes().tags()));
      }
      default ->
          Versions.describe(
              MotoResponse.status(204),
              bucket,
              retag(bucket, request, versionId, Map.of(), "DELETE"));
    };
  }

  /**
   * Replaces the tags of the version named (the current object when none), as it is now, retrying
   * if a writer replaces it meanwhile.
   */
  private static StoredObject retag(
      Bucket bucket, S3Request request, String versionId, Map<String, String> tags, String method) {
    while (true) {
      StoredObject current = Versions.readable(bucket, request.key(), versionId, method);
      StoredObject tagged = current.withAttributes(current.attributes().withTags(tags));
      boolean replaced =
          versionId == null && !bucket.versioning().isVersioned()
              ? bucket.objects().replace(request.key(), current, tagged)
              : bucket.versions().replace(current, tagged);
      if (replaced) {
        return tagged;
      }
    }
  }
}
