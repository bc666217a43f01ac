package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code GET /bucket/key?attributes}: the attributes {@code x-amz-object-attributes} names, in the
 * model's order: {@code ETag} (unquoted, unlike everywhere else), {@code Checksum}, {@code
 * ObjectParts} (multipart objects only: the part count, and the parts themselves, paged by {@code
 * x-amz-max-parts} and {@code x-amz-part-number-marker}, when the upload kept part checksums, as
 * AWS does), {@code StorageClass} and {@code ObjectSize}; {@code Last-Modified} as a header.
 */
public final class GetObjectAttributes implements S3Operation {

  /** The header naming the attributes wanted. */
  static final String ATTRIBUTES_HEADER = "x-amz-object-attributes";

  /** The parts answered when {@code x-amz-max-parts} is not sent. */
  static final int DEFAULT_MAX_PARTS = 1000;

  /** The model's {@code ObjectAttributes} values. */
  enum Attribute {
    ETag,
    Checksum,
    ObjectParts,
    StorageClass,
    ObjectSize
  }

  private final BucketAccess access;

  @Inject
  public GetObjectAttributes(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    Set<Attribute> wanted = attributes(request.http().headers().all(ATTRIBUTES_HEADER));
    int maxParts = integer(request.header("x-amz-max-parts"), "x-amz-max-parts", DEFAULT_MAX_PARTS);
    int marker = integer(request.header("x-amz-part-number-marker"), "x-amz-part-number-marker", 0);
    StoredObject object =
        Versions.readable(bucket, request.key(), Versions.parameter(request), "GET");
    EncryptionHeaders.checkReadKey(UploadFields.of(request), object);

    XmlWriter xml = XmlWriter.document().start("GetObjectAttributesResponse", S3Service.NAMESPACE);
    if (wanted.contains(Attribute.ETag)) {
      xml.element("ETag", unquoted(object.etag()));
    }
    ObjectChecksum checksum = object.checksum();
    if (wanted.contains(Attribute.Checksum) && checksum != null) {
      xml.start("Checksum")
          .element("Checksum" + checksum.algorithm().s3Name(), checksum.value())
          .element("ChecksumType", checksum.type().name())
          .end();
    }
    if (wanted.contains(Attribute.ObjectParts) && object.partsCount() != null) {
      parts(xml, object, maxParts, marker);
    }
    if (wanted.contains(Attribute.StorageClass)) {
      xml.element("StorageClass", object.storageClass().name());
    }
    if (wanted.contains(Attribute.ObjectSize)) {
      xml.element("ObjectSize", object.size());
    }
    MotoResponse response =
        MotoResponse.status(200).header("Last-Modified", HttpDates.format(object.lastModified()));
    return Versions.describe(response, bucket, object).xml(xml.end().toXml());
  }

  /**
   * The attributes named, in any of the header's values, comma separated.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} when none is named, {@code
   *     InvalidArgument} for a name the model does not know
   */
  static Set<Attribute> attributes(List<String> values) {
    Set<Attribute> wanted = EnumSet.noneOf(Attribute.class);
    for (String value : values) {
      for (String name : value.split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        wanted.add(attribute(trimmed));
      }
    }
    if (wanted.isEmpty()) {
      throw S3Errors.OBJECT_ATTRIBUTES_MISSING.exception();
    }
    return wanted;
  }

  private static Attribute attribute(String name) {
    for (Attribute attribute : Attribute.values()) {
      if (attribute.name().equals(name)) {
        return attribute;
      }
    }
    throw S3Errors.INVALID_OBJECT_ATTRIBUTE
        .exception()
        .with("ArgumentName", ATTRIBUTES_HEADER)
        .with("ArgumentValue", name);
  }

  /**
   * A paging header's value.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a value that is no
   *     non-negative 32-bit integer
   */
  static int integer(String value, String header, int absent) {
    if (value == null) {
      return absent;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("Provided " + header + " not an integer or within integer range")
          .with("ArgumentName", header)
          .with("ArgumentValue", value);
    }
    if (parsed < 0) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("Argument " + header + " must be an integer between 0 and 2147483647")
          .with("ArgumentName", header)
          .with("ArgumentValue", value);
    }
    return parsed;
  }

  /**
   * The {@code ObjectParts} of a multipart object. AWS lists the parts only when the upload kept
   * their checksums (a composite checksum); otherwise it gives the count and paging alone.
   */
  private static void parts(XmlWriter xml, StoredObject object, int maxParts, int marker) {
    int count = object.partsCount();
    ObjectChecksum checksum = object.checksum();
    boolean listed = checksum != null && checksum.type() == ObjectChecksum.Type.COMPOSITE;
    int first = Math.min(marker, count); // parts after the marker, 1-based
    int last = (int) Math.min((long) first + maxParts, count);
    boolean truncated = last < count;
    xml.start("ObjectParts")
        .element("PartsCount", count)
        .element("PartNumberMarker", marker)
        .element("NextPartNumberMarker", last)
        .element("MaxParts", maxParts)
        .element("IsTruncated", truncated);
    if (listed) {
      List<Blob> blobs = object.body().parts();
      for (int part = first + 1; part <= last; part++) {
        Blob blob = blobs.get(part - 1);
        xml.start("Part").element("PartNumber", part).element("Size", blob.length());
        blob.checksumBase64(checksum.algorithm())
            .ifPresent(value -> xml.element("Checksum" + checksum.algorithm().s3Name(), value));
        xml.end();
      }
    }
    xml.end();
  }

  private static String unquoted(String etag) {
    return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }
}
