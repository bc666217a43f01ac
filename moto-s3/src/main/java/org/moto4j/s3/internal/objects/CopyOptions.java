package org.moto4j.s3.internal.objects;

import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * What a CopyObject request says about the copy, read (and refused if S3 would) before a byte is
 * copied: the metadata and tagging directives, the attributes its headers name, the encryption, the
 * checksum algorithm and the destination's preconditions.
 *
 * <p>As AWS documents: with {@code x-amz-metadata-directive: COPY} (the default) the copy keeps the
 * source's content headers and user metadata, with {@code REPLACE} it takes the request's; the tags
 * follow {@code x-amz-tagging-directive} the same way ({@code x-amz-tagging} when {@code REPLACE}).
 * The storage class (STANDARD unless named), the website redirect (none unless named) and the
 * encryption (SSE-S3 unless named) always come from the request, never the source. The checksum is
 * the source's algorithm unless {@code x-amz-checksum-algorithm} names another.
 *
 * @param metadataDirective whether the content headers and metadata are replaced
 * @param taggingDirective whether the tags are replaced
 * @param requested the attributes the request's headers name
 * @param storageClassNamed whether {@code x-amz-storage-class} was sent
 * @param redirectNamed whether {@code x-amz-website-redirect-location} was sent
 * @param encryption the encryption the copy gets
 * @param encryptionNamed whether any server-side-encryption header was sent
 * @param checksumAlgorithm the algorithm {@code x-amz-checksum-algorithm} names, or {@code null}
 * @param conditions the destination's {@code If-Match}/{@code If-None-Match}
 */
public record CopyOptions(
    Directive metadataDirective,
    Directive taggingDirective,
    ObjectAttributes requested,
    boolean storageClassNamed,
    boolean redirectNamed,
    ObjectEncryption encryption,
    boolean encryptionNamed,
    ChecksumAlgorithm checksumAlgorithm,
    WriteConditions conditions) {

  /** The values of {@code x-amz-metadata-directive} and {@code x-amz-tagging-directive}. */
  public enum Directive {
    COPY,
    REPLACE
  }

  /**
   * The options of a CopyObject request.
   *
   * @param destination the destination bucket, whose region holds its KMS keys and whose default
   *     encryption applies when the request names none
   * @param writer the account copying, the copy's owner
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} (a directive, a header
   *     value), {@code InvalidRequest} (the checksum algorithm), {@code MetadataTooLarge}, {@code
   *     InvalidStorageClass}, {@code InvalidTag}, {@code NotImplemented} (If-None-Match other than
   *     {@code *})
   */
  public static CopyOptions of(S3Request request, Bucket destination, AccountId writer) {
    Directive metadata =
        directive(request, "x-amz-metadata-directive", S3Errors.UNKNOWN_METADATA_DIRECTIVE);
    Directive tagging =
        directive(request, "x-amz-tagging-directive", S3Errors.UNKNOWN_TAGGING_DIRECTIVE);
    UploadFields fields = UploadFields.of(request);
    return new CopyOptions(
        metadata,
        tagging,
        UploadAttributes.read(fields),
        fields.has("x-amz-storage-class"),
        fields.has("x-amz-website-redirect-location"),
        EncryptionHeaders.forUpload(fields, destination, writer),
        fields.has(EncryptionHeaders.SSE)
            || fields.has(EncryptionHeaders.KMS_KEY_ID)
            || fields.has(EncryptionHeaders.CUSTOMER_ALGORITHM)
            || fields.has(EncryptionHeaders.CUSTOMER_KEY),
        checksumAlgorithm(fields.get("x-amz-checksum-algorithm")),
        WriteConditions.of(request));
  }

  /** The attributes of the copy of {@code source}. */
  public ObjectAttributes attributesFor(StoredObject source) {
    ObjectAttributes content =
        metadataDirective == Directive.REPLACE ? requested : source.attributes();
    return new ObjectAttributes(
        content.contentType(),
        content.contentEncoding(),
        content.contentDisposition(),
        content.contentLanguage(),
        content.cacheControl(),
        content.expires(),
        content.userMetadata(),
        requested.storageClass(),
        requested.websiteRedirectLocation(),
        taggingDirective == Directive.REPLACE ? requested.tags() : source.attributes().tags(),
        null, // a copy is a new object: nothing of it is restored,
        ObjectLock.NONE, // it never inherits the source's lock,
        requested.acl()); // nor its ACL
  }

  /** The algorithm of the copy's checksum: the one named, else the source's, else the default. */
  public ChecksumAlgorithm checksumAlgorithmFor(StoredObject source) {
    if (checksumAlgorithm != null) {
      return checksumAlgorithm;
    }
    ObjectChecksum checksum = source.checksum();
    return checksum != null ? checksum.algorithm() : UploadIntegrity.DEFAULT_ALGORITHM;
  }

  /**
   * Whether copying {@code source} onto itself changes something S3 counts: the metadata (REPLACE),
   * or a storage class, website redirect, encryption or checksum algorithm named and different from
   * the source's. Tags alone do not count, as the AWS message says.
   */
  public boolean changes(StoredObject source) {
    ObjectChecksum checksum = source.checksum();
    return metadataDirective == Directive.REPLACE
        || (storageClassNamed && requested.storageClass() != source.storageClass())
        || (redirectNamed
            && !Objects.equals(
                requested.websiteRedirectLocation(), source.attributes().websiteRedirectLocation()))
        || (encryptionNamed && !encryption.equals(source.encryption()))
        || (checksumAlgorithm != null
            && (checksum == null || checksum.algorithm() != checksumAlgorithm));
  }

  private static Directive directive(S3Request request, String header, S3Errors unknown) {
    String value = request.header(header);
    if (value == null) {
      return Directive.COPY;
    }
    for (Directive directive : Directive.values()) {
      if (directive.name().equals(value)) {
        return directive;
      }
    }
    throw unknown.exception().with("ArgumentName", header).with("ArgumentValue", value);
  }

  private static ChecksumAlgorithm checksumAlgorithm(String name) {
    if (name == null) {
      return null;
    }
    return ChecksumAlgorithm.fromS3Name(name)
        .orElseThrow(() -> S3Errors.UNSUPPORTED_CHECKSUM_ALGORITHM.exception());
  }
}
