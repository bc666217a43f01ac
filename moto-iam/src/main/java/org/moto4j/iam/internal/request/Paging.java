package org.moto4j.iam.internal.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;

/**
 * A listing's {@code Marker} and {@code MaxItems}, as IAM's paginators use them ({@code
 * paginators-1.json}: input token {@code Marker}, limit {@code MaxItems}, more results {@code
 * IsTruncated}, output token {@code Marker}). A marker is opaque to clients: the base64 of the
 * position of the last item returned, so a page costs O(log n + page) on a sorted map.
 *
 * @param marker the marker the client sent, or {@code null} for the first page
 * @param maxItems the page size, AWS's default of 100 when the client sent none
 */
public record Paging(String marker, int maxItems) {

  /** The page size when {@code MaxItems} is absent, as in AWS. */
  public static final int DEFAULT_MAX_ITEMS = 100;

  /** Reads {@code Marker} and {@code MaxItems}; call {@link Validation#check()} before use. */
  public static Paging read(Validation validation) {
    String marker = validation.optional("Marker", IamShapes.MARKER);
    Integer maxItems = validation.integer("MaxItems", IamShapes.MAX_ITEMS);
    return new Paging(marker, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems);
  }

  /** The page of {@code sorted} after the marker's key, keeping the values {@code filter} keeps. */
  public <T> Page<T> page(NavigableMap<String, T> sorted, Predicate<T> filter) {
    NavigableMap<String, T> rest = marker == null ? sorted : sorted.tailMap(position(), false);
    List<T> items = new ArrayList<>(Math.min(maxItems, 16));
    String last = null;
    for (Map.Entry<String, T> entry : rest.entrySet()) {
      if (!filter.test(entry.getValue())) {
        continue;
      }
      if (items.size() == maxItems) {
        return new Page<>(items, encode(last));
      }
      items.add(entry.getValue());
      last = entry.getKey();
    }
    return new Page<>(items, null);
  }

  /** The page of a short list, by position. */
  public <T> Page<T> page(List<T> all) {
    int from = 0;
    if (marker != null) {
      try {
        from = Integer.parseInt(position());
      } catch (NumberFormatException e) {
        throw IamErrors.INVALID_MARKER.exception(marker);
      }
      if (from < 0) {
        throw IamErrors.INVALID_MARKER.exception(marker);
      }
    }
    from = Math.min(from, all.size());
    int to = (int) Math.min((long) from + maxItems, all.size());
    List<T> items = List.copyOf(all.subList(from, to));
    return new Page<>(items, to < all.size() ? encode(Integer.toString(to)) : null);
  }

  private String position() {
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw IamErrors.INVALID_MARKER.exception(marker);
    }
  }

  private static String encode(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }
}
