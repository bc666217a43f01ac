package org.moto4j.s3.internal.multipart;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.moto4j.core.AccountId;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;

/**
 * One multipart upload in progress: what CreateMultipartUpload said about the object, and the parts
 * received so far. It owns the parts' blobs and hands exactly one owner each: a replaced part is
 * released, an aborted upload releases them all, and a completed one gives the chosen parts to the
 * new object and releases the rest.
 *
 * <p>Thread-safe with a lock per upload, held only for bookkeeping, never while bytes move: parts
 * are received before {@link #place} is called, so concurrent UploadParts run in parallel. Once
 * {@link #claim} started a completion, no part is placed any more (a late one is refused and its
 * sender releases it), so every blob ends up in the object or released, never both or neither.
 */
public final class MultipartUpload {

  private enum State {
    OPEN,
    COMPLETING,
    DONE
  }

  private final String id;
  private final Bucket bucket;
  private final String key;
  private final AccountId owner;
  private final String initiatorArn;
  private final Instant initiated;
  private final ObjectAttributes attributes;
  private final ObjectEncryption encryption;
  private final UploadChecksum checksum;
  // Written under the lock, read without it (ListParts).
  private final ConcurrentSkipListMap<Integer, UploadedPart> parts = new ConcurrentSkipListMap<>();
  private State state = State.OPEN;

  /**
   * @param owner the account that initiated the upload, the object's owner
   * @param initiatorArn the principal that initiated it
   * @param initiated when, in whole seconds
   */
  public MultipartUpload(
      String id,
      Bucket bucket,
      String key,
      AccountId owner,
      String initiatorArn,
      Instant initiated,
      ObjectAttributes attributes,
      ObjectEncryption encryption,
      UploadChecksum checksum) {
    this.id = Objects.requireNonNull(id, "id");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.key = Objects.requireNonNull(key, "key");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.initiatorArn = Objects.requireNonNull(initiatorArn, "initiatorArn");
    this.initiated = Objects.requireNonNull(initiated, "initiated");
    this.attributes = Objects.requireNonNull(attributes, "attributes");
    this.encryption = Objects.requireNonNull(encryption, "encryption");
    this.checksum = Objects.requireNonNull(checksum, "checksum");
  }

  public String id() {
    return id;
  }

  public Bucket bucket() {
    return bucket;
  }

  public String key() {
    return key;
  }

  /** The account that initiated the upload, and will own the object. */
  public AccountId owner() {
    return owner;
  }

  public Instant initiated() {
    return initiated;
  }

  public ObjectAttributes attributes() {
    return attributes;
  }

  public ObjectEncryption encryption() {
    return encryption;
  }

  public UploadChecksum checksum() {
    return checksum;
  }

  /** The canonical id of the owner, as {@code Owner/ID}. */
  public String ownerId() {
    return CanonicalIds.of(owner);
  }

  /**
   * {@code Initiator/ID}: the initiating IAM principal's ARN, or the owner's canonical id when the
   * account itself (its root) initiated the upload, as S3 answers.
   */
  public String initiatorId() {
    return isRoot() ? ownerId() : initiatorArn;
  }

  /**
   * {@code Initiator/DisplayName}: the initiating IAM principal's name, or {@code null} for the
   * account root (S3 stopped answering account display names on 21 November 2025).
   */
  public String initiatorDisplayName() {
    return isRoot() ? null : initiatorArn.substring(initiatorArn.lastIndexOf('/') + 1);
  }

  /** The parts received so far by number: a live, read-only view. */
  public NavigableMap<Integer, UploadedPart> parts() {
    return Collections.unmodifiableNavigableMap(parts);
  }

  /** The {@code NoSuchUpload} error for this upload. */
  public RuntimeException noSuchUpload() {
    return S3Errors.NO_SUCH_UPLOAD.exception().with("UploadId", id);
  }

  /**
   * Places a received part, releasing the one it replaces.
   *
   * @return {@code false} when the upload is being completed, was completed or aborted: the part
   *     was not taken and the caller still owns (and must release) its blob
   */
  public synchronized boolean place(UploadedPart part) {
    if (state != State.OPEN) {
      return false;
    }
    UploadedPart replaced = parts.put(part.number(), part);
    if (replaced != null && replaced.blob() != part.blob()) {
      replaced.blob().release();
    }
    return true;
  }

  /**
   * Starts completing the upload: {@code choose} picks the parts of the object from those received
   * (throwing, it leaves the upload as it was), and from then on no part is placed. It runs under
   * the upload's lock: it must not move bytes.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchUpload} once the upload is being
   *     completed, completed or aborted, or what {@code choose} throws
   */
  public synchronized <T> T claim(Function<NavigableMap<Integer, UploadedPart>, T> choose) {
    if (state != State.OPEN) {
      throw noSuchUpload();
    }
    T chosen = choose.apply(parts());
    state = State.COMPLETING;
    return chosen;
  }

  /**
   * Ends a completion that {@link #claim} started, whatever its outcome: every part's blob is
   * released except those of {@code handedOver}, which now belong to the object (or were released
   * by the write that failed with them).
   */
  public synchronized void finish(List<UploadedPart> handedOver) {
    Set<UploadedPart> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(handedOver);
    releaseAll(kept);
  }

  /**
   * Aborts the upload and releases every part.
   *
   * @return {@code false} when it was already being completed, completed or aborted
   */
  public synchronized boolean abort() {
    if (state != State.OPEN) {
      return false;
    }
    releaseAll(Set.of());
    return true;
  }

  /** Whether parts may still be uploaded. */
  public synchronized boolean isOpen() {
    return state == State.OPEN;
  }

  private void releaseAll(Set<UploadedPart> kept) {
    state = State.DONE;
    for (var entry = parts.pollFirstEntry(); entry != null; entry = parts.pollFirstEntry()) {
      if (!kept.contains(entry.getValue())) {
        entry.getValue().blob().release();
      }
    }
  }

  private boolean isRoot() {
    return initiatorArn.endsWith(":root");
  }

  @Override
  public String toString() {
    return "MultipartUpload[" + id + ", " + bucket.name() + "/" + key + "]";
  }
}
