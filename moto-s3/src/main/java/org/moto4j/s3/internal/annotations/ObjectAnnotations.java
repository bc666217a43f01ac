package org.moto4j.s3.internal.annotations;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code PUT|GET|DELETE /bucket/key?annotation&annotationName=…} and {@code GET
 * /bucket/key?annotation}: named UTF-8 payloads (1 byte to 1 MiB, up to 1,000 per object) attached
 * to an object, listed by name prefix a page at a time. {@code x-amz-object-if-match} makes a Put
 * or Delete conditional on the object's ETag. The current version is annotated; a version id must
 * name it.
 */
public final class ObjectAnnotations implements S3Operation {

  private static final BucketConfigurations.Kind<AnnotationStore> KIND =
      new BucketConfigurations.Kind<>("annotations", AnnotationStore.class);
  private static final int MAX_PAYLOAD = 1024 * 1024;
  private static final int MAX_NAME_BYTES = 512;
  private static final int MAX_PER_OBJECT = 1000;

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public ObjectAnnotations(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    StoredObject object = current(bucket, request);
    AnnotationStore store = store(bucket);
    return switch (request.operation()) {
      case "PutObjectAnnotation" -> put(request, object, store);
      case "GetObjectAnnotation" -> get(request, object, store);
      case "DeleteObjectAnnotation" -> {
        checkIfMatch(request, object);
        store.of(object).ifPresent(names -> names.remove(name(request)));
        yield versioned(MotoResponse.status(204), object);
      }
      default -> AnnotationListing.list(request, bucket, object, store.of(object));
    };
  }

  private MotoResponse put(S3Request request, StoredObject object, AnnotationStore store) {
    String name = name(request);
    checkIfMatch(request, object);
    byte[] payload = payload(request);
    var names = store.forWriting(object);
    synchronized (names) {
      if (!names.containsKey(name) && names.size() >= MAX_PER_OBJECT) {
        throw S3Errors.ANNOTATION_LIMIT_EXCEEDED.exception();
      }
      String etag = "\"" + HexFormat.of().formatHex(md5(payload)) + "\"";
      names.put(
          name,
          new AnnotationStore.Annotation(
              name, payload, etag, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
      String xml =
          XmlWriter.document()
              .start("PutObjectAnnotationResult", S3Service.NAMESPACE)
              .element("Key", object.key())
              .element("AnnotationName", name)
              .end()
              .toXml();
      return versioned(MotoResponse.status(200), object)
          .header("ETag", etag)
          .header("x-amz-server-side-encryption", "AES256")
          .xml(xml);
    }
  }

  private static MotoResponse get(S3Request request, StoredObject object, AnnotationStore store) {
    String name = name(request);
    AnnotationStore.Annotation annotation =
        store
            .of(object)
            .map(names -> names.get(name))
            .orElseThrow(() -> S3Errors.NO_SUCH_ANNOTATION.exception());
    if (annotation == null) {
      throw S3Errors.NO_SUCH_ANNOTATION.exception();
    }
    return versioned(MotoResponse.status(200), object)
        .header("ETag", annotation.etag())
        .header("Last-Modified", HttpDates.format(annotation.lastModified()))
        .header("Content-Length", Integer.toString(annotation.payload().length))
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("x-amz-server-side-encryption", "AES256")
        .body(ResponseBody.of(annotation.payload()));
  }

  private static MotoResponse versioned(MotoResponse response, StoredObject object) {
    return object.versionId() == null
        ? response
        : response.header("x-amz-object-version-id", object.versionId());
  }

  private static StoredObject current(Bucket bucket, S3Request request) {
    StoredObject object = bucket.objects().get(request.key());
    if (object == null) {
      throw S3Errors.NO_SUCH_KEY.exception().with("Key", request.key());
    }
    String versionId = request.queryParameter("versionId");
    String currentVersion = object.versionId() == null ? "null" : object.versionId();
    if (versionId != null && !versionId.equals(currentVersion)) {
      throw S3Errors.NO_SUCH_VERSION
          .exception()
          .with("Key", request.key())
          .with("VersionId", versionId);
    }
    return object;
  }

  private static AnnotationStore store(Bucket bucket) {
    BucketConfigurations configurations = bucket.configurations();
    AnnotationStore fresh = new AnnotationStore();
    AnnotationStore existing = configurations.putIfAbsent(KIND, fresh);
    return existing == null ? fresh : existing;
  }

  private static String name(S3Request request) {
    String name = request.queryParameter("annotationName");
    if (name == null || name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
      throw S3Errors.INVALID_ANNOTATION_NAME.exception();
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw S3Errors.ANNOTATION_NAME_TOO_LONG.exception();
    }
    return name;
  }

  private static void checkIfMatch(S3Request request, StoredObject object) {
    String ifMatch = request.header("x-amz-object-if-match");
    if (ifMatch != null
        && !ifMatch.trim().equals("*")
        && !ifMatch.trim().equals(object.etag())
        && !("\"" + ifMatch.trim() + "\"").equals(object.etag())) {
      throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "x-amz-object-if-match");
    }
  }

  private static byte[] payload(S3Request request) {
    byte[] bytes;
    try {
      bytes = request.body().readNBytes(MAX_PAYLOAD + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length == 0 || bytes.length > MAX_PAYLOAD) {
      throw S3Errors.INVALID_REQUEST.exception(
          "The annotation payload must be between 1 byte and 1 MiB");
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw S3Errors.UNSUPPORTED_MEDIA_TYPE.exception();
    }
    return bytes;
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tokens are opaque to clients: the last name of the previous page, base64url encoded. */
  static String token(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
  }
}
