package org.moto4j.s3.internal.listing;

import java.util.List;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.StoredObject;

/**
 * Writes an object as a listing's {@code <Contents>} element, members in the order of the model's
 * {@code Object} shape: Key, LastModified, ETag, ChecksumAlgorithm, ChecksumType, Size,
 * StorageClass, Owner, RestoreStatus. Members the object has no value for are left out.
 */
final class ContentsElement {

  private ContentsElement() {}

  static void write(XmlWriter xml, StoredObject object, ListingQuery query, boolean withOwner) {
    xml.start("Contents")
        .element("Key", query.encode(object.key()))
        .element("LastModified", object.lastModified())
        .element("ETag", object.etag());
    for (String algorithm : checksumAlgorithms(object)) {
      xml.element("ChecksumAlgorithm", algorithm);
    }
    xml.optional("ChecksumType", checksumType(object))
        .element("Size", object.size())
        .element("StorageClass", storageClass(object));
    if (withOwner) {
      xml.start("Owner").element("ID", CanonicalIds.of(object.owner())).end();
    }
    // RestoreStatus: S3 writes it only for archived objects being or having been restored (and
    // only when asked with x-amz-optional-object-attributes); no object records a restore yet.
    xml.end();
  }

  /** The object's storage class, as the model's {@code ObjectStorageClass} names it. */
  static String storageClass(StoredObject object) {
    return object.storageClass().name();
  }

  /**
   * The algorithm of the additional checksum the object was written with ({@code CRC32}, {@code
   * CRC64NVME}…); none for an object without one.
   */
  static List<String> checksumAlgorithms(StoredObject object) {
    ObjectChecksum checksum = object.checksum();
    return checksum == null ? List.of() : List.of(checksum.algorithm().s3Name());
  }

  /** {@code FULL_OBJECT} or {@code COMPOSITE} for an object with a checksum; else {@code null}. */
  static String checksumType(StoredObject object) {
    ObjectChecksum checksum = object.checksum();
    return checksum == null ? null : checksum.type().name();
  }
}
