package org.moto4j.s3.internal.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.moto4j.core.AccountId;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.internal.multipart.MultipartUpload;
import org.moto4j.s3.internal.multipart.MultipartUploads;
import org.moto4j.s3.internal.multipart.MultipartUploads.UploadKey;
import org.moto4j.s3.internal.multipart.UploadChecksum;

/**
 * ListMultipartUploads' pages against a naive listing: sort every upload by key then id, keep those
 * under the prefix and after the markers, roll them up by delimiter. Walking the pages from the
 * markers, each page's last entry the next one's markers (as the SDK's paginator does), lists
 * exactly that, in order, each page within max-uploads.
 */
class UploadsPagePropertiesTest {

  private static final List<String> ATOMS = List.of("a", "b", "/", "é", "😀");
  private static final Bucket BUCKET =
      new Bucket("b", AccountId.of("123456789012"), "us-east-1", null, Instant.EPOCH);

  /** An upload as a test names it: its key and id. */
  record Entry(String key, String id) {}

  @Property(tries = 400)
  void walking_every_page_lists_exactly_the_naive_listing(
      @ForAll("uploads") Set<Entry> uploads,
      @ForAll("prefixes") String prefix,
      @ForAll("delimiters") String delimiter,
      @ForAll("keyMarkers") String keyMarker,
      @ForAll("idMarkers") String idMarker,
      @ForAll @IntRange(min = 1, max = 5) int maxUploads) {
    ConcurrentSkipListMap<UploadKey, MultipartUpload> index =
        new ConcurrentSkipListMap<>(MultipartUploads.ORDER);
    for (Entry entry : uploads) {
      index.put(new UploadKey(entry.key(), entry.id()), upload(entry));
    }
    String uploadIdMarker = keyMarker == null ? null : idMarker;
    List<String> expected = naive(uploads, prefix, delimiter, keyMarker, uploadIdMarker);

    List<String> walked = new ArrayList<>();
    String key = keyMarker;
    String id = uploadIdMarker;
    for (int pages = 0; ; pages++) {
      UploadsPage page = UploadsPage.read(index, prefix, delimiter, key, id, maxUploads);
      assertThat(page.uploads().size() + page.commonPrefixes().size())
          .isLessThanOrEqualTo(maxUploads);
      page.uploads().forEach(u -> walked.add("upload " + u.key() + " " + u.id()));
      page.commonPrefixes().forEach(p -> walked.add("prefix " + p));
      if (!page.truncated()) {
        break;
      }
      key = page.last().key();
      id = page.last().uploadId();
      assertThat(pages).isLessThan(uploads.size() + 2);
    }
    walked.sort(null);
    List<String> sortedExpected = new ArrayList<>(expected);
    sortedExpected.sort(null);
    assertThat(walked).isEqualTo(sortedExpected);
  }

  @Property(tries = 200)
  void each_page_is_in_listing_order(
      @ForAll("uploads") Set<Entry> uploads,
      @ForAll("delimiters") String delimiter,
      @ForAll @IntRange(min = 1, max = 5) int maxUploads) {
    ConcurrentSkipListMap<UploadKey, MultipartUpload> index =
        new ConcurrentSkipListMap<>(MultipartUploads.ORDER);
    uploads.forEach(e -> index.put(new UploadKey(e.key(), e.id()), upload(e)));
    UploadsPage page = UploadsPage.read(index, "", delimiter, null, null, maxUploads);
    List<UploadKey> keys =
        page.uploads().stream().map(u -> new UploadKey(u.key(), u.id())).toList();
    assertThat(keys).isSortedAccordingTo(MultipartUploads.ORDER);
    assertThat(page.commonPrefixes()).isSortedAccordingTo(KeyOrder.INSTANCE);
  }

  private static List<String> naive(
      Set<Entry> uploads, String prefix, String delimiter, String keyMarker, String idMarker) {
    List<Entry> sorted = new ArrayList<>(uploads);
    sorted.sort(
        (x, y) ->
            MultipartUploads.ORDER.compare(
                new UploadKey(x.key(), x.id()), new UploadKey(y.key(), y.id())));
    List<String> listed = new ArrayList<>();
    for (Entry entry : sorted) {
      if (!entry.key().startsWith(prefix) || !after(entry, keyMarker, idMarker)) {
        continue;
      }
      String common =
          delimiter == null ? null : ListingPage.commonPrefix(entry.key(), prefix, delimiter);
      if (common == null) {
        listed.add("upload " + entry.key() + " " + entry.id());
      } else if (keyMarker == null || KeyOrder.INSTANCE.compare(common, keyMarker) > 0) {
        String line = "prefix " + common;
        if (!listed.contains(line)) {
          listed.add(line);
        }
      }
    }
    return listed;
  }

  private static boolean after(Entry entry, String keyMarker, String idMarker) {
    if (keyMarker == null) {
      return true;
    }
    int byKey = KeyOrder.INSTANCE.compare(entry.key(), keyMarker);
    return byKey > 0 || (byKey == 0 && idMarker != null && entry.id().compareTo(idMarker) > 0);
  }

  private static MultipartUpload upload(Entry entry) {
    return new MultipartUpload(
        entry.id(),
        BUCKET,
        entry.key(),
        BUCKET.owner(),
        "arn:aws:iam::123456789012:root",
        Instant.EPOCH,
        ObjectAttributes.DEFAULTS,
        ObjectEncryption.S3_MANAGED,
        UploadChecksum.DEFAULT);
  }

  @Provide
  Arbitrary<Set<Entry>> uploads() {
    Arbitrary<String> keys =
        Arbitraries.of(ATOMS).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    Arbitrary<String> ids = Arbitraries.of("1", "2", "3");
    return Combinators.combine(keys, ids).as(Entry::new).set().ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "", "a", "b/", "a/", "é");
  }

  @Provide
  Arbitrary<String> delimiters() {
    return Arbitraries.of("/", "a", "é").injectNull(0.4);
  }

  @Provide
  Arbitrary<String> keyMarkers() {
    return Arbitraries.of(ATOMS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(l -> String.join("", l))
        .injectNull(0.5);
  }

  @Provide
  Arbitrary<String> idMarkers() {
    return Arbitraries.of("0", "1", "2", "3").injectNull(0.5);
  }
}
