package org.moto4j.s3.internal.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * Object Lock's two promises, for any lock, request and time: a retention in force is never
 * shortened, removed or changed in mode without a GOVERNANCE bypass, and a COMPLIANCE one not even
 * with it; and a version goes only when no legal hold is on and no retention in force forbids it.
 */
class ObjectLockPropertiesTest {

  private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
  private static final Bucket BUCKET =
      new Bucket("locked", AccountId.DEFAULT, "us-east-1", null, Instant.EPOCH);

  private static BlobStore blobs;
  private static ObjectBody body;

  @BeforeContainer
  static void blobs() throws IOException {
    blobs = BlobStore.temporary();
    body = ObjectBody.of(blobs.write(new ByteArrayInputStream(new byte[] {1}), Set.of()));
  }

  @AfterContainer
  static void release() {
    body.release();
  }

  @Property(tries = 500)
  void a_retention_in_force_only_grows_unless_governance_is_bypassed(
      @ForAll("locks") ObjectLock current,
      @ForAll("modes") ObjectLock.Mode mode,
      @ForAll("offsets") long requestedMinutes,
      @ForAll boolean removal,
      @ForAll boolean bypass) {
    Instant until = removal ? null : NOW.plus(Duration.ofMinutes(requestedMinutes));
    ObjectLock.Mode requestedMode = removal ? null : mode;
    boolean inForce = current.retainedAt(NOW);
    boolean allowed =
        !inForce
            || (current.mode() == ObjectLock.Mode.GOVERNANCE && bypass)
            || (requestedMode == current.mode() && !until.isBefore(current.retainUntil()));
    if (allowed) {
      ObjectRetention.checkChange(current, requestedMode, until, NOW, bypass);
    } else {
      assertThatThrownBy(
              () -> ObjectRetention.checkChange(current, requestedMode, until, NOW, bypass))
          .isInstanceOfSatisfying(
              AwsException.class,
              e -> assertThat(e.getMessage()).isEqualTo(S3Errors.OBJECT_LOCKED.message()));
    }
    if (inForce && current.mode() == ObjectLock.Mode.COMPLIANCE && allowed) {
      assertThat(requestedMode).isEqualTo(ObjectLock.Mode.COMPLIANCE);
      assertThat(until).isAfterOrEqualTo(current.retainUntil());
    }
  }

  @Property(tries = 500)
  void a_version_goes_only_when_neither_its_legal_hold_nor_its_retention_keeps_it(
      @ForAll("locks") ObjectLock lock, @ForAll("bypasses") String bypass) {
    StoredObject version = version(lock);
    S3Request request = deleteRequest(bypass);
    boolean bypassing = "true".equalsIgnoreCase(bypass);
    boolean kept =
        lock.isLegalHoldOn()
            || (lock.retainedAt(NOW) && (lock.mode() == ObjectLock.Mode.COMPLIANCE || !bypassing));
    assertThat(ObjectLocks.deletionRefusal(BUCKET, version, request))
        .isEqualTo(kept ? S3Errors.OBJECT_LOCKED : null);
    // A delete marker carries no protection, whatever was asked.
    StoredObject marker = StoredObject.deleteMarker("k", "v", NOW, AccountId.DEFAULT);
    assertThat(ObjectLocks.deletionRefusal(BUCKET, marker, request)).isNull();
  }

  @Provide
  Arbitrary<ObjectLock> locks() {
    Arbitrary<ObjectLock.Mode> modes = Arbitraries.of(ObjectLock.Mode.class).injectNull(0.3);
    Arbitrary<ObjectLock.LegalHold> holds =
        Arbitraries.of(ObjectLock.LegalHold.class).injectNull(0.3);
    return Combinators.combine(modes, offsets(), holds)
        .as(
            (mode, minutes, hold) ->
                new ObjectLock(
                    mode, mode == null ? null : NOW.plus(Duration.ofMinutes(minutes)), hold));
  }

  @Provide
  Arbitrary<ObjectLock.Mode> modes() {
    return Arbitraries.of(ObjectLock.Mode.class);
  }

  /** Minutes from now: past, present (the boundary) and future dates. */
  @Provide
  Arbitrary<Long> offsets() {
    return Arbitraries.longs().between(-3, 3).map(step -> step * 60L).injectDuplicates(0.2);
  }

  @Provide
  Arbitrary<String> bypasses() {
    return Arbitraries.of("true", "TRUE", "false", "yes", "").injectNull(0.3);
  }

  private static StoredObject version(ObjectLock lock) {
    return new StoredObject(
        "k",
        body,
        "\"etag\"",
        NOW,
        AccountId.DEFAULT,
        ObjectAttributes.DEFAULTS.withLock(lock),
        ObjectEncryption.S3_MANAGED,
        null,
        "v");
  }

  private static S3Request deleteRequest(String bypass) {
    MotoRequest.Builder http = MotoRequest.builder("DELETE", "/locked/k");
    if (bypass != null) {
      http.header(ObjectLocks.BYPASS_HEADER, bypass);
    }
    return new S3Request(http.build(), new S3Address("locked", "k", false), "DeleteObject", NOW);
  }
}
