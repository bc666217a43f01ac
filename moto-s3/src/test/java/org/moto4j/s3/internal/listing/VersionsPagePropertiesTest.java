package org.moto4j.s3.internal.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.VersioningStatus;

/**
 * A bucket's versions against a naive model (per key, a list newest first), after any sequence of
 * versioned writes, delete markers and version deletes, enabled and suspended: walking
 * ListObjectVersions pages of any size, with any prefix and delimiter, gives exactly the one-page
 * listing, and the one-page listing is the model's. No body stays unreleased once the bucket goes.
 */
class VersionsPagePropertiesTest {

  private static final BlobStore BLOBS = BlobStore.temporary();
  private static final List<String> KEYS = List.of("a", "a/b", "a/c", "b", "b/a/c", "c", "é");

  @AfterContainer
  static void noFileLeft() {
    assertThat(BLOBS.fileCount()).isZero();
  }

  /** One step: put, delete (a marker), or remove the version at an index of the key's list. */
  record Step(String kind, String key, int index, boolean suspended) {}

  @Property(tries = 300)
  void paging_with_any_max_keys_reproduces_the_full_listing_and_the_model(
      @ForAll("steps") List<Step> steps,
      @ForAll("prefixes") String prefix,
      @ForAll("delimiters") String delimiter,
      @ForAll @IntRange(min = 1, max = 6) int maxKeys) {
    Bucket bucket = new Bucket("model", AccountId.DEFAULT, "us-east-1", null, Instant.EPOCH);
    List<ObjectBody> bodies = new ArrayList<>();
    Map<String, LinkedList<StoredObject>> model = new TreeMap<>(KeyOrder.INSTANCE);
    for (Step step : steps) {
      apply(bucket, model, step, bodies);
    }

    List<String> expected = new ArrayList<>();
    model.forEach(
        (key, versions) -> {
          if (key.startsWith(prefix)) {
            for (int i = 0; i < versions.size(); i++) {
              expected.add(key + "@" + versions.get(i).wireVersionId() + (i == 0 ? "*" : ""));
            }
          }
        });
    VersionsPage whole = VersionsPage.read(bucket.versions(), prefix, null, null, null, 100_000);
    assertThat(whole.truncated()).isFalse();
    assertThat(render(whole)).isEqualTo(expected);

    VersionsPage grouped =
        VersionsPage.read(bucket.versions(), prefix, delimiter, null, null, 100_000);
    List<String> walked = new ArrayList<>();
    String keyMarker = null;
    String versionIdMarker = null;
    for (int pages = 0; ; pages++) {
      assertThat(pages).isLessThanOrEqualTo(expected.size() + 1);
      VersionsPage page =
          VersionsPage.read(
              bucket.versions(), prefix, delimiter, keyMarker, versionIdMarker, maxKeys);
      assertThat(page.entries().size() + page.commonPrefixes().size()).isLessThanOrEqualTo(maxKeys);
      walked.addAll(render(page));
      walked.addAll(page.commonPrefixes());
      if (!page.truncated()) {
        break;
      }
      assertThat(page.entries().size() + page.commonPrefixes().size()).isEqualTo(maxKeys);
      keyMarker = page.nextKeyMarker();
      versionIdMarker = page.nextVersionIdMarker();
    }
    List<String> all = new ArrayList<>(render(grouped));
    all.addAll(grouped.commonPrefixes());
    assertThat(walked).containsExactlyInAnyOrderElementsOf(all).hasSameSizeAs(all);

    bucket.markDeleted();
    assertThat(bodies).allMatch(ObjectBody::isReleased);
  }

  private static List<String> render(VersionsPage page) {
    return page.entries().stream()
        .map(e -> e.version().key() + "@" + e.version().wireVersionId() + (e.latest() ? "*" : ""))
        .toList();
  }

  private static void apply(
      Bucket bucket,
      Map<String, LinkedList<StoredObject>> model,
      Step step,
      List<ObjectBody> bodies) {
    VersioningStatus status =
        step.suspended() ? VersioningStatus.SUSPENDED : VersioningStatus.ENABLED;
    bucket.setVersioning(status);
    LinkedList<StoredObject> versions = model.computeIfAbsent(step.key(), k -> new LinkedList<>());
    switch (step.kind()) {
      case "put" -> {
        StoredObject placed = bucket.versions().put(object(step.key(), bodies), status, c -> {});
        versions.removeIf(v -> placed.versionId() == null && v.versionId() == null);
        versions.addFirst(placed);
      }
      case "delete" -> {
        StoredObject marker =
            bucket
                .versions()
                .addDeleteMarker(
                    StoredObject.deleteMarker(step.key(), null, Instant.EPOCH, AccountId.DEFAULT),
                    status,
                    c -> {});
        versions.removeIf(v -> marker.versionId() == null && v.versionId() == null);
        versions.addFirst(marker);
      }
      default -> {
        if (!versions.isEmpty()) {
          StoredObject gone = versions.remove(step.index() % versions.size());
          assertThat(bucket.versions().remove(step.key(), gone.wireVersionId(), v -> {}))
              .containsSame(gone);
        }
      }
    }
    if (versions.isEmpty()) {
      model.remove(step.key());
    }
    StoredObject current = versions.isEmpty() ? null : versions.getFirst();
    assertThat(bucket.objects().get(step.key()))
        .isSameAs(current == null || current.isDeleteMarker() ? null : current);
  }

  private static StoredObject object(String key, List<ObjectBody> bodies) {
    ObjectBody body;
    try {
      body =
          ObjectBody.of(BLOBS.write(new ByteArrayInputStream(key.getBytes()), java.util.Set.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bodies.add(body);
    return new StoredObject(
        key,
        body,
        "\"etag\"",
        Instant.EPOCH,
        AccountId.DEFAULT,
        ObjectAttributes.DEFAULTS,
        ObjectEncryption.S3_MANAGED,
        null,
        null);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of("put", "put", "delete", "remove"),
                Arbitraries.of(KEYS),
                Arbitraries.integers().between(0, 20),
                Arbitraries.of(false, false, true))
            .as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "", "a", "a/", "b", "z");
  }

  @Provide
  Arbitrary<String> delimiters() {
    return Arbitraries.of("/", "a", "/a/").injectNull(0.4);
  }
}
