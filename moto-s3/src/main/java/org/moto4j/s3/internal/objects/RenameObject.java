package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code PUT /bucket/key?renameObject} with {@code x-amz-rename-source: bucket/source-key}: moves
 * an object to a new key of the same bucket without copying a byte. The object keeps everything,
 * its ETag, checksum, metadata and Last-Modified included, as AWS documents. Conditional on the
 * source ({@code x-amz-rename-source-if-*}, each failure a 412) and on the destination ({@code
 * If-Match}, {@code If-None-Match: *}, {@code If-Modified-Since}, {@code If-Unmodified-Since});
 * idempotent with {@code x-amz-client-token} ({@link RenameTokens}).
 *
 * <p>AWS serves RenameObject only for directory buckets (S3 Express One Zone); moto4j serves it on
 * every bucket. The source is claimed (removed) first and then placed under its new key, so the
 * body always has exactly one owner; for that instant neither key is visible. A rename that fails
 * on the destination puts the source back, unless a write took its key meanwhile.
 */
public final class RenameObject implements S3Operation {

  static final String SOURCE_HEADER = "x-amz-rename-source";
  private static final String SOURCE_PREFIX = "x-amz-rename-source-";

  private final BucketAccess access;
  private final RenameTokens tokens;

  @Inject
  public RenameObject(BucketAccess access, RenameTokens tokens) {
    this.access = access;
    this.tokens = tokens;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    String key = request.key();
    UploadAttributes.checkKey(key);
    String header = request.header(SOURCE_HEADER);
    if (header == null) {
      throw S3Errors.MISSING_REQUIRED_HEADER.exception(SOURCE_HEADER);
    }
    CopySource source = CopySource.parse(header, SOURCE_HEADER);
    if (!source.bucket().equals(bucket.name())) {
      throw S3Errors.RENAME_ACROSS_BUCKETS
          .exception()
          .with("ArgumentName", SOURCE_HEADER)
          .with("ArgumentValue", header);
    }
    source.checkVersion();
    ReadConditions sourceConditions =
        ReadConditions.of(
            request.header(SOURCE_PREFIX + "if-match"),
            request.header(SOURCE_PREFIX + "if-unmodified-since"),
            request.header(SOURCE_PREFIX + "if-none-match"),
            request.header(SOURCE_PREFIX + "if-modified-since"));
    Destination destination = Destination.of(request);
    String token = clientToken(request.header("x-amz-client-token"));
    String parameters = parameters(request, bucket, key, source);
    if (token != null && tokens.completed(context.account(), token, parameters)) {
      return MotoResponse.status(200);
    }
    move(bucket, source.key(), key, sourceConditions, destination);
    if (token != null) {
      tokens.record(context.account(), token, parameters);
    }
    return MotoResponse.status(200);
  }

  private static void move(
      Bucket bucket,
      String sourceKey,
      String key,
      ReadConditions sourceConditions,
      Destination destination) {
    ConcurrentNavigableMap<String, StoredObject> objects = bucket.objects();
    while (true) {
      StoredObject source = objects.get(sourceKey);
      if (source == null) {
        throw S3Errors.NO_SUCH_KEY.exception().with("Key", sourceKey);
      }
      checkSource(sourceConditions, source);
      destination.check(key, objects.get(key));
      if (sourceKey.equals(key)) {
        return;
      }
      if (!objects.remove(sourceKey, source)) {
        continue; // Replaced or deleted meanwhile: judge what is there now.
      }
      StoredObject moved =
          new StoredObject(
              key,
              source.body(),
              source.etag(),
              source.lastModified(),
              source.owner(),
              source.attributes(),
              source.encryption(),
              source.checksum(),
              source.versionId());
      StoredObject replaced;
      try {
        replaced = place(objects, moved, destination);
      } catch (RuntimeException e) {
        restore(bucket, source);
        throw e;
      }
      if (replaced != null && replaced.body() != moved.body()) {
        replaced.body().release();
      }
      if (bucket.isDeleted() && objects.remove(key, moved)) {
        // The bucket went while the rename landed: its drain may have missed the record.
        moved.body().release();
        throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
      }
      return;
    }
  }

  /** Places the moved record; returns the record it replaced, or {@code null}. */
  private static StoredObject place(
      ConcurrentNavigableMap<String, StoredObject> objects,
      StoredObject moved,
      Destination destination) {
    String key = moved.key();
    while (true) {
      StoredObject current = objects.get(key);
      destination.check(key, current);
      boolean placed =
          current == null
              ? objects.putIfAbsent(key, moved) == null
              : objects.replace(key, current, moved);
      if (placed) {
        return current;
      }
    }
  }

  /** Puts a claimed source back after a failed rename; a write that took its key wins. */
  private static void restore(Bucket bucket, StoredObject source) {
    ConcurrentNavigableMap<String, StoredObject> objects = bucket.objects();
    if (objects.putIfAbsent(source.key(), source) != null) {
      source.body().release();
    } else if (bucket.isDeleted() && objects.remove(source.key(), source)) {
      source.body().release();
    }
  }

  private static void checkSource(ReadConditions conditions, StoredObject source) {
    String failed =
        switch (conditions.evaluate(source)) {
          case PROCEED -> null;
          case IF_MATCH_FAILED -> "If-Match";
          case IF_UNMODIFIED_SINCE_FAILED -> "If-Unmodified-Since";
          case NOT_MODIFIED ->
              conditions.ifNoneMatch() != null ? "If-None-Match" : "If-Modified-Since";
        };
    if (failed != null) {
      throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", SOURCE_PREFIX + failed);
    }
  }

  /**
   * The client token, checked against the model's constraint.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument}
   */
  static String clientToken(String token) {
    if (token == null) {
      return null;
    }
    boolean valid = !token.isEmpty() && token.length() <= 64;
    for (int i = 0; valid && i < token.length(); i++) {
      valid = token.charAt(i) >= 33 && token.charAt(i) <= 126;
    }
    if (!valid) {
      throw S3Errors.INVALID_CLIENT_TOKEN
          .exception()
          .with("ArgumentName", "x-amz-client-token")
          .with("ArgumentValue", token);
    }
    return token;
  }

  /** What the request asks, for the client token's comparison of a retry. */
  private static String parameters(
      S3Request request, Bucket bucket, String key, CopySource source) {
    StringBuilder text =
        new StringBuilder().append(bucket.name()).append('\n').append(key).append('\n');
    text.append(source.key()).append('\n').append(source.versionId()).append('\n');
    for (String header :
        List.of(
            SOURCE_PREFIX + "if-match",
            SOURCE_PREFIX + "if-none-match",
            SOURCE_PREFIX + "if-modified-since",
            SOURCE_PREFIX + "if-unmodified-since",
            "If-Match",
            "If-None-Match",
            "If-Modified-Since",
            "If-Unmodified-Since")) {
      text.append(request.header(header)).append('\n');
    }
    return text.toString();
  }

  /**
   * The destination's preconditions: {@code If-Match}/{@code If-None-Match: *} as for any write,
   * {@code If-Modified-Since} (the destination exists and changed since) and {@code
   * If-Unmodified-Since} (it does not exist or has not changed since).
   */
  private record Destination(
      WriteConditions write, Instant ifModifiedSince, Instant ifUnmodifiedSince) {

    static Destination of(S3Request request) {
      return new Destination(
          WriteConditions.of(request),
          HttpDates.parse(request.header("If-Modified-Since")).orElse(null),
          HttpDates.parse(request.header("If-Unmodified-Since")).orElse(null));
    }

    void check(String key, StoredObject current) {
      write.check(key, current);
      if (ifModifiedSince != null
          && (current == null || !current.lastModified().isAfter(ifModifiedSince))) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-Modified-Since");
      }
      if (ifUnmodifiedSince != null
          && current != null
          && current.lastModified().isAfter(ifUnmodifiedSince)) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-Unmodified-Since");
      }
    }
  }
}
