package org.moto4j.s3.internal.annotations;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.StoredObject;

/**
 * A bucket's object annotations, kept with the bucket. Annotations belong to one object as written:
 * they follow it through changes that keep its bytes (tagging, encryption updates) and are gone
 * once a new write replaces it or a delete removes it, as S3 ties them to the object version.
 */
final class AnnotationStore {

  /**
   * One annotation.
   *
   * @param name its name
   * @param payload its bytes (1 byte to 1 MiB of UTF-8 text)
   * @param etag its quoted ETag, the MD5 of the payload
   * @param lastModified when it was written, in whole seconds
   */
  record Annotation(String name, byte[] payload, String etag, Instant lastModified) {}

  /** The annotations of the object whose bytes are {@code body}. */
  private record Attached(ObjectBody body, ConcurrentNavigableMap<String, Annotation> byName) {}

  private final ConcurrentMap<String, Attached> byKey = new ConcurrentHashMap<>();

  /**
   * The live annotations of {@code object}, empty when it has none (or they were a prior one's).
   */
  Optional<ConcurrentNavigableMap<String, Annotation>> of(StoredObject object) {
    Attached attached = byKey.get(object.key());
    return attached != null && attached.body() == object.body()
        ? Optional.of(attached.byName())
        : Optional.empty();
  }

  /** The annotations of {@code object}, to write to: a new set when it had none. */
  ConcurrentNavigableMap<String, Annotation> forWriting(StoredObject object) {
    return byKey
        .compute(
            object.key(),
            (key, attached) ->
                attached != null && attached.body() == object.body()
                    ? attached
                    : new Attached(object.body(), new ConcurrentSkipListMap<>()))
        .byName();
  }
}
