package org.moto4j.s3.internal.versioning;

import java.util.Optional;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketVersions;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Request;

/**
 * How object operations name and answer versions: the {@code versionId} parameter's checks, the
 * lookup of the version a request names, S3's answers for delete markers (404 with {@code
 * x-amz-delete-marker} when the current version is one, 405 when named), and the {@code
 * x-amz-version-id} header, sent only by buckets that were ever versioned.
 *
 * <pre>{@code
 * StoredObject object = Versions.readable(bucket, key, Versions.parameter(request), "GET");
 * Versions.describe(response, bucket, object);
 * }</pre>
 */
public final class Versions {

  /** The response header naming the version a request read, wrote or deleted. */
  public static final String VERSION_ID = "x-amz-version-id";

  /** The response header saying a delete made, or a read met, a delete marker. */
  public static final String DELETE_MARKER = "x-amz-delete-marker";

  private Versions() {}

  /**
   * The {@code versionId} query parameter of a request, checked, or {@code null} when absent.
   *
   * @throws AwsException {@code InvalidArgument} for an empty id or one S3 could never have issued
   */
  public static String parameter(S3Request request) {
    String versionId = request.queryParameter("versionId");
    if (versionId != null) {
      checkForm(versionId);
    }
    return versionId;
  }

  /**
   * Checks that {@code versionId} could name a version: {@code null} or an id in S3's form.
   *
   * @throws AwsException {@code InvalidArgument} ("Version id cannot be the empty string", or
   *     "Invalid version id specified")
   */
  public static void checkForm(String versionId) {
    if (versionId.isEmpty()) {
      throw S3Errors.EMPTY_VERSION_ID
          .exception()
          .with("ArgumentName", "versionId")
          .with("ArgumentValue", "");
    }
    if (!BucketVersions.isWellFormed(versionId)) {
      throw S3Errors.INVALID_VERSION_ID
          .exception()
          .with("ArgumentName", "versionId")
          .with("ArgumentValue", versionId);
    }
  }

  /**
   * The version {@code versionId} of {@code key} (an object or a delete marker).
   *
   * @throws AwsException {@code NoSuchVersion} when there is none by that id
   */
  public static StoredObject named(Bucket bucket, String key, String versionId) {
    return bucket
        .version(key, versionId)
        .orElseThrow(
            () ->
                S3Errors.NO_SUCH_VERSION.exception().with("Key", key).with("VersionId", versionId));
  }

  /**
   * The object a read names: the current object without {@code versionId}, else that version.
   *
   * @param method the HTTP method, for the 405's {@code Method}
   * @throws AwsException {@code NoSuchKey} (with the delete marker's headers when one hides the
   *     key), {@code NoSuchVersion}, {@code MethodNotAllowed} (405) when the version named is a
   *     delete marker
   */
  public static StoredObject readable(Bucket bucket, String key, String versionId, String method) {
    if (versionId == null) {
      StoredObject current = bucket.objects().get(key);
      if (current == null) {
        throw noSuchKey(bucket, key);
      }
      return current;
    }
    StoredObject version = named(bucket, key, versionId);
    if (version.isDeleteMarker()) {
      throw deleteMarkerNamed(version, method);
    }
    return version;
  }

  /**
   * S3's 404 for a key with no current object: with {@code x-amz-delete-marker: true} and the
   * marker's version id when a delete marker is its current version.
   */
  public static AwsException noSuchKey(Bucket bucket, String key) {
    AwsException error = S3Errors.NO_SUCH_KEY.exception().with("Key", key);
    if (bucket.versioning().isVersioned()) {
      Optional<StoredObject> latest = bucket.versions().latest(key);
      if (latest.isPresent() && latest.get().isDeleteMarker()) {
        error
            .withHeader(DELETE_MARKER, "true")
            .withHeader(VERSION_ID, latest.get().wireVersionId());
      }
    }
    return error;
  }

  /**
   * S3's 405 for a read naming a delete marker's version id, with {@code x-amz-delete-marker}, the
   * marker's version id and {@code Last-Modified}.
   */
  public static AwsException deleteMarkerNamed(StoredObject marker, String method) {
    return S3Errors.METHOD_NOT_ALLOWED
        .exception()
        .with("Method", method)
        .with("ResourceType", "DeleteMarker")
        .withHeader(DELETE_MARKER, "true")
        .withHeader(VERSION_ID, marker.wireVersionId())
        .withHeader("Last-Modified", HttpDates.format(marker.lastModified()));
  }

  /**
   * Adds {@code x-amz-version-id} for {@code version} when the bucket was ever versioned ({@code
   * null} for the null version); a never-versioned bucket sends none, as S3.
   */
  public static MotoResponse describe(MotoResponse response, Bucket bucket, StoredObject version) {
    if (version.versionId() != null || bucket.versioning().isVersioned()) {
      response.header(VERSION_ID, version.wireVersionId());
    }
    return response;
  }
}
