package org.moto4j.s3.internal.listing;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.s3.BucketVersions;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.StoredObject;

/**
 * One page of ListObjectVersions: versions and delete markers by key, newest first within a key,
 * and common prefixes, at most {@code maxKeys} entries in all. Reading it seeks to the markers in
 * the bucket's sorted maps and walks on from there, so a page costs O(log n + page).
 *
 * @param entries the versions and delete markers, in listing order
 * @param commonPrefixes the common prefixes, in key order
 * @param truncated whether entries remain after this page
 * @param nextKeyMarker where the next page starts (the last key or common prefix), when truncated
 * @param nextVersionIdMarker the last version listed of {@code nextKeyMarker}, or {@code null} when
 *     the page ended on a common prefix
 */
public record VersionsPage(
    List<Entry> entries,
    List<String> commonPrefixes,
    boolean truncated,
    String nextKeyMarker,
    String nextVersionIdMarker) {

  /**
   * A listed version.
   *
   * @param version the version or delete marker
   * @param latest whether it is the key's current version
   */
  public record Entry(StoredObject version, boolean latest) {}

  public VersionsPage {
    entries = List.copyOf(entries);
    commonPrefixes = List.copyOf(commonPrefixes);
  }

  /**
   * Reads a page.
   *
   * @param prefix the prefix every listed key starts with; empty for all
   * @param delimiter the delimiter rolling keys up into common prefixes, or {@code null}
   * @param keyMarker list keys after this one (or from it, after {@code versionIdMarker}), or null
   * @param versionIdMarker list {@code keyMarker}'s versions older than this one first, or null
   * @param maxKeys the most entries (versions, markers and prefixes) on the page
   */
  public static VersionsPage read(
      BucketVersions versions,
      String prefix,
      String delimiter,
      String keyMarker,
      String versionIdMarker,
      int maxKeys) {
    List<Entry> entries = new ArrayList<>();
    List<String> commonPrefixes = new ArrayList<>();
    if (maxKeys <= 0) {
      return new VersionsPage(entries, commonPrefixes, false, null, null);
    }
    String key;
    String afterVersion = null;
    if (keyMarker == null || KeyOrder.INSTANCE.compare(keyMarker, prefix) < 0) {
      key = versions.nextKey(prefix, true);
    } else if (versionIdMarker != null) {
      key = versions.nextKey(keyMarker, true);
      if (keyMarker.equals(key)) {
        afterVersion = versionIdMarker;
      }
    } else {
      key = versions.nextKey(keyMarker, false);
    }
    String lastKey = null;
    String lastVersion = null;
    while (key != null && key.startsWith(prefix)) {
      String common = delimiter == null ? null : ListingPage.commonPrefix(key, prefix, delimiter);
      if (common != null) {
        if (keyMarker != null && KeyOrder.INSTANCE.compare(common, keyMarker) <= 0) {
          // The marker lies in this group (or is it): it was listed on an earlier page.
          key = seekPast(versions, common);
          continue;
        }
        if (entries.size() + commonPrefixes.size() == maxKeys) {
          return new VersionsPage(entries, commonPrefixes, true, lastKey, lastVersion);
        }
        commonPrefixes.add(common);
        lastKey = common;
        lastVersion = null;
        key = seekPast(versions, common);
        continue;
      }
      int room = maxKeys - entries.size() - commonPrefixes.size();
      // One more than fits tells whether the page ends inside this key.
      List<StoredObject> ofKey = versions.versionsOf(key, afterVersion, room + 1);
      boolean fromTop = afterVersion == null;
      afterVersion = null;
      for (int i = 0; i < ofKey.size(); i++) {
        if (i == room) {
          return new VersionsPage(entries, commonPrefixes, true, lastKey, lastVersion);
        }
        StoredObject version = ofKey.get(i);
        entries.add(new Entry(version, fromTop && i == 0));
        lastKey = key;
        lastVersion = version.wireVersionId();
      }
      String next = versions.nextKey(key, false);
      if (entries.size() + commonPrefixes.size() == maxKeys
          && next != null
          && next.startsWith(prefix)) {
        return new VersionsPage(entries, commonPrefixes, true, lastKey, lastVersion);
      }
      key = next;
    }
    return new VersionsPage(entries, commonPrefixes, false, null, null);
  }

  private static String seekPast(BucketVersions versions, String common) {
    String end = ListingPage.groupEnd(common);
    return end == null ? null : versions.nextKey(end, true);
  }
}
