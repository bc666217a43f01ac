package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.WriteConditions;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code POST /bucket/key?uploadId=ID}: makes the listed parts one object, without copying a byte:
 * its body reads the parts' blobs in order. Checks the list as S3 does (ascending, each part
 * uploaded with that ETag and checksum, each but the last at least 5 MiB), the whole-object
 * checksum and size the request may give, and the {@code If-None-Match}/{@code If-Match}
 * preconditions, all before anything changes: a refused request leaves the upload as it was. The
 * ETag is the MD5 of the parts' MD5s followed by {@code -N}; the checksum is combined from the
 * parts' (see {@link UploadChecksum}). Parts not listed are released; the upload is gone.
 */
public final class CompleteMultipartUpload implements S3Operation {

  /** The smallest part but the last: 5 MiB. */
  public static final long MIN_PART_BYTES = 5L * 1024 * 1024;

  private final BucketAccess access;
  private final MultipartUploads uploads;
  private final ObjectWriter writer;

  @Inject
  public CompleteMultipartUpload(
      BucketAccess access, MultipartUploads uploads, ObjectWriter writer) {
    this.access = access;
    this.uploads = uploads;
    this.writer = writer;
  }

  /** The parts chosen for the object and the checksum they make. */
  private record Plan(List<UploadedPart> parts, ObjectChecksum checksum) {}

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    String key = request.key();
    MultipartUpload upload = uploads.get(bucket, key, UploadParameters.uploadId(request));
    WriteConditions conditions = WriteConditions.of(request);
    UploadFields fields = UploadFields.of(request);
    checkChecksumType(fields, upload.checksum());
    List<CompletedParts.Listed> listed = CompletedParts.read(request.body());

    Plan plan =
        upload.claim(
            received -> {
              List<UploadedPart> parts = choose(upload, listed, received);
              ObjectChecksum checksum = upload.checksum().combine(parts);
              checkObjectSize(fields, parts);
              checkObjectChecksum(fields, upload.checksum(), checksum);
              conditions.check(key, bucket.objects().get(key));
              return new Plan(parts, checksum);
            });

    StoredObject stored;
    boolean handedOver = false;
    try {
      List<Blob> blobs = plan.parts().stream().map(UploadedPart::blob).toList();
      StoredObject object =
          new StoredObject(
              key,
              ObjectBody.ofParts(blobs),
              etag(plan.parts()),
              upload.initiated(),
              upload.owner(),
              upload.attributes(),
              upload.encryption(),
              plan.checksum(),
              null);
      // From here the object owns the chosen blobs; a failed commit releases them itself.
      handedOver = true;
      stored = writer.commit(bucket, object, conditions);
    } finally {
      upload.finish(handedOver ? plan.parts() : List.of());
      uploads.remove(upload);
    }

    XmlWriter xml =
        XmlWriter.document()
            .start("CompleteMultipartUploadResult", S3Service.NAMESPACE)
            .element("Location", "http://" + request.http().host() + request.http().rawPath())
            .element("Bucket", bucket.name())
            .element("Key", key)
            .element("ETag", stored.etag());
    ObjectChecksum checksum = stored.checksum();
    xml.element("Checksum" + checksum.algorithm().s3Name(), checksum.value())
        .element("ChecksumType", checksum.type().name());
    MotoResponse response = MotoResponse.status(200);
    EncryptionHeaders.describe(response, stored.encryption());
    Versions.describe(response, bucket, stored);
    return response.xml(xml.end().toXml());
  }

  /**
   * The received parts the list names, in its order.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidPartOrder}, {@code InvalidPart},
   *     {@code InvalidRequest} (a part's checksum missing), {@code EntityTooSmall}
   */
  private static List<UploadedPart> choose(
      MultipartUpload upload,
      List<CompletedParts.Listed> listed,
      NavigableMap<Integer, UploadedPart> received) {
    for (int i = 1; i < listed.size(); i++) {
      if (listed.get(i).number() <= listed.get(i - 1).number()) {
        throw S3Errors.INVALID_PART_ORDER.exception().with("UploadId", upload.id());
      }
    }
    UploadChecksum checksum = upload.checksum();
    List<UploadedPart> chosen = new ArrayList<>(listed.size());
    for (CompletedParts.Listed entry : listed) {
      UploadedPart part = received.get(entry.number());
      if (part == null
          || !CompletedParts.bare(part.etag()).equals(entry.bareEtag())
          || !checksumsMatch(entry, part)) {
        throw invalidPart(upload, entry.number(), entry.bareEtag());
      }
      if (checksum.named()
          && checksum.type() == ObjectChecksum.Type.COMPOSITE
          && !entry.checksums().containsKey(checksum.algorithm())) {
        throw S3Errors.MISSING_PART_CHECKSUM.exception(
            UploadChecksum.lowerName(checksum.algorithm()), entry.number());
      }
      chosen.add(part);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      UploadedPart part = chosen.get(i);
      if (part.size() < MIN_PART_BYTES) {
        throw S3Errors.ENTITY_TOO_SMALL
            .exception()
            .with("ProposedSize", Long.toString(part.size()))
            .with("MinSizeAllowed", Long.toString(MIN_PART_BYTES))
            .with("PartNumber", Integer.toString(part.number()))
            .with("ETag", CompletedParts.bare(part.etag()));
      }
    }
    return chosen;
  }

  /** Every checksum the list gives for a part must be the part's (where it was computed). */
  private static boolean checksumsMatch(CompletedParts.Listed entry, UploadedPart part) {
    for (var given : entry.checksums().entrySet()) {
      byte[] actual = part.blob().checksum(given.getKey()).orElse(null);
      if (actual != null && !Arrays.equals(actual, decode(given.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private static RuntimeException invalidPart(MultipartUpload upload, int number, String etag) {
    return S3Errors.INVALID_PART
        .exception()
        .with("UploadId", upload.id())
        .with("PartNumber", Integer.toString(number))
        .with("ETag", etag);
  }

  /** {@code x-amz-checksum-type}, when given, must be the upload's. */
  private static void checkChecksumType(UploadFields fields, UploadChecksum checksum) {
    String type = fields.get("x-amz-checksum-type");
    if (type != null && UploadChecksum.parseType(type) != checksum.type()) {
      throw S3Errors.CHECKSUM_TYPE_MISMATCH.exception(checksum.type().name());
    }
  }

  /** {@code x-amz-mp-object-size}, when given, must be the sum of the parts. */
  private static void checkObjectSize(UploadFields fields, List<UploadedPart> parts) {
    String given = fields.get("x-amz-mp-object-size");
    if (given == null) {
      return;
    }
    long size = parts.stream().mapToLong(UploadedPart::size).sum();
    long expected;
    try {
      expected = Long.parseLong(given.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.INVALID_REQUEST.exception("Value for x-amz-mp-object-size header is invalid.");
    }
    if (expected != size) {
      throw S3Errors.MPU_OBJECT_SIZE_MISMATCH.exception(given.trim(), size);
    }
  }

  /**
   * The object's checksum, when the request gives it ({@code x-amz-checksum-<algorithm>}), must be
   * the one the parts make: the full-object CRC, or the composite value with or without its {@code
   * -N}.
   */
  private static void checkObjectChecksum(
      UploadFields fields, UploadChecksum upload, ObjectChecksum computed) {
    ChecksumAlgorithm given = UploadChecksum.headerAlgorithm(fields).orElse(null);
    if (given == null) {
      return;
    }
    if (given != upload.algorithm()) {
      throw S3Errors.PART_CHECKSUM_TYPE_MISMATCH.exception(
          UploadChecksum.lowerName(upload.algorithm()), UploadChecksum.lowerName(given));
    }
    String value = fields.get(given.header()).trim();
    String expected = computed.value();
    boolean matches;
    if (computed.type() == ObjectChecksum.Type.COMPOSITE) {
      String bare = expected.substring(0, expected.lastIndexOf('-'));
      matches = value.equals(expected) || value.equals(bare);
    } else {
      byte[] decoded = decode(value);
      matches = decoded != null && Arrays.equals(decoded, decode(expected));
    }
    if (!matches) {
      throw S3Errors.CHECKSUM_MISMATCH.exception(given.s3Name());
    }
  }

  /** The quoted ETag of a multipart object: the MD5 of the parts' MD5s, then {@code -N}. */
  static String etag(List<UploadedPart> parts) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (UploadedPart part : parts) {
      md5.update(part.md5());
    }
    return "\"" + HexFormat.of().formatHex(md5.digest()) + "-" + parts.size() + "\"";
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
