package org.moto4j.s3.internal.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.moto4j.s3.KeyOrder;

/**
 * One page of a bucket listing, read from the bucket's sorted map as ListObjects and ListObjectsV2
 * answer it: the keys under a prefix, those that share a further prefix up to a delimiter rolled up
 * into one common prefix, and only the entries (keys and common prefixes) after a given point.
 *
 * <p>The listing is the ordered sequence of distinct entries; a page is the first {@code maxKeys}
 * of those greater than {@code after} (so a common prefix counts once, and a marker inside a group
 * means the group was already listed). It costs O(log n) per entry on the page plus one seek: every
 * step is a {@code ceilingEntry}/{@code higherEntry} on the map, and a whole common-prefix group is
 * passed in one seek to the smallest key that could follow it. Nothing walks the bucket.
 *
 * <pre>{@code
 * ListingPage<StoredObject> page = ListingPage.read(bucket.objects(), "photos/", "/", null, 1000);
 * }</pre>
 *
 * @param contents the values of the keys on the page, in key order
 * @param commonPrefixes the common prefixes on the page, in key order
 * @param last the last entry on the page (a key or a common prefix), where the next page starts
 *     after; {@code null} for an empty page
 * @param truncated whether entries remain after this page
 * @param <V> what the map holds for a key
 */
public record ListingPage<V>(
    List<V> contents, List<String> commonPrefixes, String last, boolean truncated) {

  public ListingPage {
    contents = List.copyOf(contents);
    commonPrefixes = List.copyOf(commonPrefixes);
  }

  /** How many entries the page holds: what S3 counts against {@code max-keys}. */
  public int size() {
    return contents.size() + commonPrefixes.size();
  }

  /**
   * Reads a page.
   *
   * @param objects the bucket's keys in {@link KeyOrder}
   * @param prefix the prefix every listed key starts with; empty for all
   * @param delimiter the delimiter that rolls keys up into common prefixes; {@code null} or empty
   *     for none
   * @param after list only entries greater than this (a marker, start-after or the previous page's
   *     {@link #last()}); {@code null} for none
   * @param maxKeys the most entries on the page, at least 0
   */
  public static <V> ListingPage<V> read(
      NavigableMap<String, V> objects, String prefix, String delimiter, String after, int maxKeys) {
    List<V> contents = new ArrayList<>();
    List<String> commonPrefixes = new ArrayList<>();
    if (maxKeys <= 0) {
      // S3 answers an empty page that is not truncated, whatever the bucket holds.
      return new ListingPage<>(contents, commonPrefixes, null, false);
    }
    boolean grouped = delimiter != null && !delimiter.isEmpty();
    Map.Entry<String, V> entry =
        after != null && KeyOrder.INSTANCE.compare(after, prefix) >= 0
            ? objects.higherEntry(after)
            : objects.ceilingEntry(prefix);
    String last = null;
    while (entry != null && entry.getKey().startsWith(prefix)) {
      String key = entry.getKey();
      String common = grouped ? commonPrefix(key, prefix, delimiter) : null;
      if (common != null && after != null && KeyOrder.INSTANCE.compare(common, after) <= 0) {
        // `after` lies inside this group (or is the group): it was listed on an earlier page.
        entry = seekPast(objects, common);
        continue;
      }
      if (contents.size() + commonPrefixes.size() == maxKeys) {
        return new ListingPage<>(contents, commonPrefixes, last, true);
      }
      if (common != null) {
        commonPrefixes.add(common);
        last = common;
        entry = seekPast(objects, common);
      } else {
        contents.add(entry.getValue());
        last = key;
        entry = objects.higherEntry(key);
      }
    }
    return new ListingPage<>(contents, commonPrefixes, last, false);
  }

  /**
   * The common prefix a key rolls up into: the key up to and including the first delimiter after
   * the prefix, or {@code null} when there is none.
   */
  static String commonPrefix(String key, String prefix, String delimiter) {
    int at = key.indexOf(delimiter, prefix.length());
    return at < 0 ? null : key.substring(0, at + delimiter.length());
  }

  /**
   * The smallest string greater than every string that starts with {@code prefix}, in {@link
   * KeyOrder}: the prefix with its last code point incremented (code points U+10FFFF, which have no
   * successor, dropped first); {@code null} when no string is greater, as for the empty string.
   */
  static String groupEnd(String prefix) {
    int end = prefix.length();
    while (end > 0) {
      int last = prefix.codePointBefore(end);
      end -= Character.charCount(last);
      if (last < Character.MAX_CODE_POINT) {
        return new StringBuilder(end + 2)
            .append(prefix, 0, end)
            .appendCodePoint(last + 1)
            .toString();
      }
    }
    return null;
  }

  private static <V> Map.Entry<String, V> seekPast(NavigableMap<String, V> objects, String common) {
    String end = groupEnd(common);
    return end == null ? null : objects.ceilingEntry(end);
  }
}
