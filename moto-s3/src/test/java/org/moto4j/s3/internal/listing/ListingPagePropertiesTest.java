package org.moto4j.s3.internal.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.moto4j.s3.KeyOrder;

/**
 * The page algorithm against a naive listing: sort every key, keep those under the prefix, roll
 * them up by delimiter, keep the entries after the start. Walking the pages must give exactly that,
 * in order, without duplicates, each page within max-keys and seeking, never scanning.
 */
class ListingPagePropertiesTest {

  /**
   * Few characters, so that keys share prefixes and delimiters; among them characters at both ends
   * of the BMP and beyond it (U+1F600, U+10FFFF), where UTF-16 order and S3's differ.
   */
  private static final List<String> ATOMS =
      List.of("a", "b", "/", "-", "é", "\uE000", "\uFFFD", "😀", "\uDBFF\uDFFF");

  @Property(tries = 400)
  void walking_every_page_lists_exactly_the_naive_listing(
      @ForAll("keySets") Set<String> keys,
      @ForAll("prefixes") String prefix,
      @ForAll("delimiters") String delimiter,
      @ForAll("starts") String startAfter,
      @ForAll @IntRange(min = 1, max = 7) int maxKeys) {
    List<String> expected = naiveListing(keys, prefix, delimiter, startAfter);
    SeekCountingMap bucket = new SeekCountingMap(keys);
    bucket.takeSeeks();

    List<String> walked = new ArrayList<>();
    String after = startAfter;
    int pages = 0;
    while (true) {
      ListingPage<String> page = ListingPage.read(bucket, prefix, delimiter, after, maxKeys);
      assertThat(bucket.takeSeeks()).isLessThanOrEqualTo(page.size() + 2);
      assertThat(page.size()).isLessThanOrEqualTo(maxKeys);
      assertStrictlyIncreasing(page.contents());
      assertStrictlyIncreasing(page.commonPrefixes());
      List<String> entries = new ArrayList<>(page.contents());
      entries.addAll(page.commonPrefixes());
      entries.sort(KeyOrder.INSTANCE);
      if (!entries.isEmpty()) {
        assertThat(page.last()).isEqualTo(entries.get(entries.size() - 1));
      }
      walked.addAll(entries);
      if (!page.truncated()) {
        break;
      }
      assertThat(page.size()).isEqualTo(maxKeys);
      after = page.last();
      assertThat(++pages).isLessThanOrEqualTo(keys.size() + 1);
    }
    assertThat(walked).isEqualTo(expected);
    assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
  }

  @Property(tries = 300)
  void a_groups_end_follows_every_key_of_the_group_and_precedes_every_key_after_it(
      @ForAll("prefixes") String prefix, @ForAll("keys") String other) {
    String end = ListingPage.groupEnd(prefix);
    String candidate = prefix + other;
    if (end == null) {
      assertThat(prefix.codePoints()).allMatch(c -> c == Character.MAX_CODE_POINT);
      return;
    }
    assertThat(KeyOrder.INSTANCE.compare(candidate, end)).isNegative();
    if (!other.startsWith(prefix) && KeyOrder.INSTANCE.compare(other, prefix) > 0) {
      assertThat(KeyOrder.INSTANCE.compare(other, end)).isNotNegative();
    }
  }

  /** The reference: a full scan, as a listing would be written without a sorted map. */
  private static List<String> naiveListing(
      Set<String> keys, String prefix, String delimiter, String after) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(KeyOrder.INSTANCE);
    List<String> entries = new ArrayList<>();
    for (String key : sorted) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      String entry = key;
      if (!delimiter.isEmpty()) {
        int at = key.indexOf(delimiter, prefix.length());
        if (at >= 0) {
          entry = key.substring(0, at + delimiter.length());
        }
      }
      if (entries.isEmpty() || !entries.get(entries.size() - 1).equals(entry)) {
        entries.add(entry);
      }
    }
    if (after == null) {
      return entries;
    }
    return entries.stream().filter(e -> KeyOrder.INSTANCE.compare(e, after) > 0).toList();
  }

  private static void assertStrictlyIncreasing(List<String> values) {
    for (int i = 1; i < values.size(); i++) {
      assertThat(KeyOrder.INSTANCE.compare(values.get(i - 1), values.get(i))).isNegative();
    }
  }

  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.of(ATOMS).list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> keys() {
    return text(1, 6);
  }

  @Provide
  Arbitrary<Set<String>> keySets() {
    return text(1, 6).set().ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return text(0, 2);
  }

  @Provide
  Arbitrary<String> delimiters() {
    return Arbitraries.of("", "/", "-", "a", "/a", "😀", "\uDBFF\uDFFF");
  }

  @Provide
  Arbitrary<String> starts() {
    return text(1, 4).injectNull(0.4);
  }
}
