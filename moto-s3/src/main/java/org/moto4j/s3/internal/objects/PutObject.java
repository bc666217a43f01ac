package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code PUT /bucket/key}: stores the payload (in memory, until the streaming blob store) with its
 * MD5 ETag, content type and user metadata. The object appears only once fully read.
 */
public final class PutObject implements S3Operation {

  /** The content type S3 records when the upload names none. */
  static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public PutObject(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    byte[] content;
    try (InputStream body = request.body()) {
      content = body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String contentType = request.header("Content-Type");
    StoredObject object =
        new StoredObject(
            request.key(),
            content,
            "\"" + md5Hex(content) + "\"",
            contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType,
            request.payloadContentEncoding(),
            userMetadata(request),
            // S3 keeps whole seconds: Last-Modified and listings agree.
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            context.account());
    bucket.objects().put(object.key(), object);
    return MotoResponse.status(200).header("ETag", object.etag());
  }

  private static Map<String, String> userMetadata(S3Request request) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String name : request.http().headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith(ObjectHeaders.USER_METADATA)) {
        metadata.put(lower.substring(ObjectHeaders.USER_METADATA.length()), request.header(name));
      }
    }
    return metadata;
  }

  private static String md5Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
