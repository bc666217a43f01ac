package org.moto4j.iam.internal.request;

import java.util.List;
import org.moto4j.core.protocol.XmlWriter;

/**
 * One page of a listing.
 *
 * @param items the page's items
 * @param marker the marker of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String marker) {

  /** Whether more items follow. */
  public boolean isTruncated() {
    return marker != null;
  }

  /** Writes {@code IsTruncated} and, on a truncated page, {@code Marker}, as IAM orders them. */
  public void writeTruncation(XmlWriter xml) {
    xml.element("IsTruncated", isTruncated()).optional("Marker", marker);
  }
}
