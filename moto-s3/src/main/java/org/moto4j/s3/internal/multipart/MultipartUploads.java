package org.moto4j.s3.internal.multipart;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.S3Errors;

/**
 * The multipart uploads in progress, per bucket: by upload id, and in the order
 * ListMultipartUploads answers (key, then initiation), so a page costs O(log n + page). Uploads of
 * a deleted bucket, or of every bucket on reset, are aborted so their parts' blobs (temporary
 * files) go with them.
 *
 * <p>Upload ids are opaque and URL-safe, and sort as the uploads were initiated: their first
 * characters encode a sequence in an alphabet in ASCII order. So an {@code upload-id-marker} places
 * a page even after the upload it names was completed.
 */
@Singleton
public final class MultipartUploads implements ResetListener {

  /** The order of ListMultipartUploads: by key in S3's order, then by upload id. */
  public static final Comparator<UploadKey> ORDER =
      Comparator.comparing(UploadKey::key, KeyOrder.INSTANCE)
          .thenComparing(UploadKey::uploadId, Comparator.nullsLast(Comparator.naturalOrder()));

  private static final char[] ALPHABET =
      "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final int SEQUENCE_CHARS = 11;
  private static final int RANDOM_CHARS = 32;

  private final Map<Bucket, BucketUploads> byBucket = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() << 20);
  private final SecureRandom random = new SecureRandom();

  /**
   * A position in a bucket's uploads.
   *
   * @param key the object key
   * @param uploadId the upload id; {@code null} sorts after every id of the key
   */
  public record UploadKey(String key, String uploadId) {}

  /** One bucket's uploads. */
  private static final class BucketUploads {
    final Map<String, MultipartUpload> byId = new ConcurrentHashMap<>();
    final ConcurrentNavigableMap<UploadKey, MultipartUpload> ordered =
        new ConcurrentSkipListMap<>(ORDER);
  }

  /** A fresh upload id, sorting after every id handed out before. */
  public String newUploadId() {
    StringBuilder id = new StringBuilder(SEQUENCE_CHARS + RANDOM_CHARS);
    long value = sequence.incrementAndGet();
    for (int i = SEQUENCE_CHARS - 1; i >= 0; i--) {
      id.append(ALPHABET[(int) (value >>> (6 * i)) & 63]);
    }
    for (int i = 0; i < RANDOM_CHARS; i++) {
      id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  /**
   * Registers a new upload in its bucket.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket} when the bucket was deleted
   *     meanwhile (the upload is not kept)
   */
  public MultipartUpload add(MultipartUpload upload) {
    Bucket bucket = upload.bucket();
    BucketUploads uploads = byBucket.computeIfAbsent(bucket, b -> new BucketUploads());
    uploads.byId.put(upload.id(), upload);
    uploads.ordered.put(new UploadKey(upload.key(), upload.id()), upload);
    if (bucket.isDeleted()) {
      // The bucket went while the upload was being created: its discard may have missed it.
      upload.abort();
      remove(upload);
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
    return upload;
  }

  /**
   * The upload of that id, for that key of that bucket.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchUpload}
   */
  public MultipartUpload get(Bucket bucket, String key, String uploadId) {
    BucketUploads uploads = byBucket.get(bucket);
    MultipartUpload upload = uploads == null ? null : uploads.byId.get(uploadId);
    if (upload == null || !upload.key().equals(key) || !upload.isOpen()) {
      throw S3Errors.NO_SUCH_UPLOAD.exception().with("UploadId", uploadId);
    }
    return upload;
  }

  /** Forgets an upload that was completed or aborted. */
  public void remove(MultipartUpload upload) {
    BucketUploads uploads = byBucket.get(upload.bucket());
    if (uploads != null) {
      uploads.ordered.remove(new UploadKey(upload.key(), upload.id()), upload);
      uploads.byId.remove(upload.id(), upload);
    }
  }

  /** A bucket's uploads in ListMultipartUploads order: a live, read-only view. */
  public NavigableMap<UploadKey, MultipartUpload> ordered(Bucket bucket) {
    BucketUploads uploads = byBucket.get(bucket);
    return uploads == null
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(uploads.ordered);
  }

  /**
   * Aborts and forgets every upload of a bucket (which was deleted), releasing their parts. An
   * upload being completed is left to finish: its completion releases what it does not keep.
   */
  public void discard(Bucket bucket) {
    BucketUploads uploads = byBucket.remove(bucket);
    if (uploads != null) {
      uploads.byId.values().forEach(MultipartUpload::abort);
      uploads.byId.clear();
      uploads.ordered.clear();
    }
  }

  @Override
  public void resetAll() {
    byBucket.keySet().forEach(this::discard);
  }

  @Override
  public void reset(AccountId account) {
    // The account's buckets go with their objects; uploads into other accounts' buckets stay, as
    // the objects the account wrote there do.
    byBucket.keySet().stream()
        .filter(bucket -> bucket.owner().equals(account))
        .toList()
        .forEach(this::discard);
  }
}
