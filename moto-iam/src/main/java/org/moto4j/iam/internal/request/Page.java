package org.moto4j.iam.internal.request;

import java.util.List;
import java.util.function.Consumer;
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

  /**
   * Writes the page as IAM answers a listing: element {@code list} holding each item as {@code
   * member} writes it, then the truncation.
   */
  public void writeTo(XmlWriter xml, String list, Consumer<T> member) {
    xml.start(list);
    items.forEach(member);
    xml.end();
    writeTruncation(xml);
  }
}
