package org.moto4j.s3.internal.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.internal.multipart.MultipartUpload;
import org.moto4j.s3.internal.multipart.MultipartUploads.UploadKey;

/**
 * One page of ListMultipartUploads, read from a bucket's uploads in (key, upload id) order as
 * {@link ListingPage} reads keys: uploads under a prefix, those sharing a further prefix up to the
 * delimiter rolled up into one common prefix, only entries after the markers. A {@code key-marker}
 * alone starts after every upload of that key; with an {@code upload-id-marker} it starts after
 * that upload of it. It costs O(log n) per entry on the page plus one seek per common prefix.
 *
 * @param uploads the uploads on the page, in order
 * @param commonPrefixes the common prefixes on the page, in order
 * @param last where the next page starts after: the last upload's key and id, or the last common
 *     prefix with a {@code null} id; {@code null} for an empty page
 * @param truncated whether entries remain after this page
 */
record UploadsPage(
    List<MultipartUpload> uploads, List<String> commonPrefixes, UploadKey last, boolean truncated) {

  /**
   * Reads a page.
   *
   * @param keyMarker list only keys after this one (or after {@code uploadIdMarker} of it), or
   *     {@code null}
   * @param uploadIdMarker the upload of {@code keyMarker} to start after, or {@code null}
   */
  static UploadsPage read(
      NavigableMap<UploadKey, MultipartUpload> index,
      String prefix,
      String delimiter,
      String keyMarker,
      String uploadIdMarker,
      int maxUploads) {
    List<MultipartUpload> uploads = new ArrayList<>();
    List<String> commonPrefixes = new ArrayList<>();
    if (maxUploads <= 0) {
      return new UploadsPage(uploads, commonPrefixes, null, false);
    }
    Map.Entry<UploadKey, MultipartUpload> entry =
        keyMarker != null && KeyOrder.INSTANCE.compare(keyMarker, prefix) >= 0
            ? index.higherEntry(new UploadKey(keyMarker, uploadIdMarker))
            : index.ceilingEntry(new UploadKey(prefix, ""));
    UploadKey last = null;
    while (entry != null && entry.getKey().key().startsWith(prefix)) {
      String key = entry.getKey().key();
      String common = delimiter == null ? null : ListingPage.commonPrefix(key, prefix, delimiter);
      if (common != null
          && keyMarker != null
          && KeyOrder.INSTANCE.compare(common, keyMarker) <= 0) {
        // The marker lies inside this group (or is it): an earlier page listed it.
        entry = seekPast(index, common);
        continue;
      }
      if (uploads.size() + commonPrefixes.size() == maxUploads) {
        return new UploadsPage(uploads, commonPrefixes, last, true);
      }
      if (common != null) {
        commonPrefixes.add(common);
        last = new UploadKey(common, null);
        entry = seekPast(index, common);
      } else {
        uploads.add(entry.getValue());
        last = entry.getKey();
        entry = index.higherEntry(entry.getKey());
      }
    }
    return new UploadsPage(uploads, commonPrefixes, last, false);
  }

  private static Map.Entry<UploadKey, MultipartUpload> seekPast(
      NavigableMap<UploadKey, MultipartUpload> index, String common) {
    String end = ListingPage.groupEnd(common);
    return end == null ? null : index.ceilingEntry(new UploadKey(end, ""));
  }
}
