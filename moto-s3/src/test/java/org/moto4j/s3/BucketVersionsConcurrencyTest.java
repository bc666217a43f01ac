package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.BlobStore;

/**
 * Versions of one key written, hidden and removed from many threads at once, with no bucket-wide
 * lock: no write is lost, every id is unique, the current object is always the newest version, and
 * exactly the removed versions' bodies are released.
 */
class BucketVersionsConcurrencyTest {

  private static final int THREADS = 8;
  private static final int WRITES = 150;

  private static BlobStore blobs;
  private static ExecutorService threads;

  @BeforeAll
  static void start() {
    blobs = BlobStore.temporary();
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() {
    threads.shutdownNow();
  }

  @Test
  void concurrent_writes_markers_and_removals_keep_every_version_exactly_once() throws Exception {
    Bucket bucket = new Bucket("busy", AccountId.DEFAULT, "us-east-1", null, Instant.EPOCH);
    bucket.setVersioning(VersioningStatus.ENABLED);
    ConcurrentLinkedQueue<StoredObject> written = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<StoredObject> removed = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(
          threads.submit(
              () -> {
                go.await();
                for (int i = 0; i < WRITES; i++) {
                  StoredObject placed =
                      i % 5 == 4
                          ? bucket
                              .versions()
                              .addDeleteMarker(
                                  StoredObject.deleteMarker(
                                      "key", null, Instant.EPOCH, AccountId.DEFAULT),
                                  VersioningStatus.ENABLED,
                                  current -> {})
                          : bucket.versions().put(object(), VersioningStatus.ENABLED, c -> {});
                  written.add(placed);
                  if (i % 3 == 2) {
                    // Remove some version written so far, by any thread.
                    List<StoredObject> candidates = new ArrayList<>(written);
                    StoredObject victim =
                        candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
                    bucket
                        .versions()
                        .remove("key", victim.wireVersionId(), v -> {})
                        .ifPresent(removed::add);
                  }
                }
                return null;
              }));
    }
    go.countDown();
    for (Future<?> future : done) {
      future.get();
    }

    List<StoredObject> listed = bucket.versions().versionsOf("key", null, Integer.MAX_VALUE);
    Set<StoredObject> expected = new HashSet<>(written);
    removed.forEach(expected::remove);
    assertThat(new HashSet<>(listed)).isEqualTo(expected);
    assertThat(listed).hasSize(THREADS * WRITES - removed.size());
    assertThat(written.stream().map(StoredObject::versionId).distinct()).hasSize(THREADS * WRITES);
    StoredObject newest = listed.get(0);
    assertThat(bucket.objects().get("key")).isSameAs(newest.isDeleteMarker() ? null : newest);
    assertThat(listed.stream().skip(1)).noneMatch(v -> v == bucket.objects().get("key"));
    assertThat(removed).allMatch(v -> v.isDeleteMarker() || v.body().isReleased());
    assertThat(listed).allMatch(v -> v.isDeleteMarker() || !v.body().isReleased());

    bucket.markDeleted();
    assertThat(written).allMatch(v -> v.isDeleteMarker() || v.body().isReleased());
    assertThat(bucket.versions().hasHistory()).isFalse();
  }

  private static StoredObject object() {
    ObjectBody body;
    try {
      body = ObjectBody.of(blobs.write(new ByteArrayInputStream(new byte[] {1, 2, 3}), Set.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StoredObject(
        "key",
        body,
        "\"etag\"",
        Instant.EPOCH,
        AccountId.DEFAULT,
        ObjectAttributes.DEFAULTS,
        ObjectEncryption.S3_MANAGED,
        null,
        null);
  }
}
