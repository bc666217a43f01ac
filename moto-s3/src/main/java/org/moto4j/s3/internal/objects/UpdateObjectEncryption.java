package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * {@code PUT /bucket/key?encryption}: changes how an encrypted object is said to be encrypted, to
 * SSE-KMS with the given key (and optionally an S3 Bucket Key), keeping its bytes, ETag and
 * metadata. Objects encrypted with a customer key (SSE-C) cannot be changed so. As everywhere in
 * moto4j, nothing is actually encrypted and the KMS key is not looked up: only its ARN form is
 * checked. The current version is updated; a version id must name it.
 */
public final class UpdateObjectEncryption implements S3Operation {

  private static final Pattern KMS_KEY_ARN =
      Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+");

  private final BucketAccess access;

  @Inject
  public UpdateObjectEncryption(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    XmlNode kms = ConfigurationBodies.read(request, "ObjectEncryption").required("SSE-KMS");
    String keyArn = kms.requiredText("KMSKeyArn").trim();
    if (!KMS_KEY_ARN.matcher(keyArn).matches()) {
      // S3 takes only a full key ARN here; the message is moto4j's (AWS's not confirmed).
      throw S3Errors.INVALID_ARGUMENT
          .exception("KMSKeyArn must be the ARN of a KMS key")
          .with("ArgumentName", "KMSKeyArn")
          .with("ArgumentValue", keyArn);
    }
    String bucketKey = kms.childText("BucketKeyEnabled").orElse("false").trim();
    if (!bucketKey.equals("true") && !bucketKey.equals("false")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    String versionId = request.queryParameter("versionId");
    while (true) {
      StoredObject current = bucket.objects().get(request.key());
      if (current == null) {
        throw S3Errors.NO_SUCH_KEY.exception().with("Key", request.key());
      }
      String currentVersion = current.versionId() == null ? "null" : current.versionId();
      if (versionId != null && !versionId.equals(currentVersion)) {
        throw S3Errors.NO_SUCH_VERSION
            .exception()
            .with("Key", request.key())
            .with("VersionId", versionId);
      }
      ObjectEncryption was = current.encryption();
      if (was.isCustomerKey()) {
        // Message not confirmed against AWS.
        throw S3Errors.INVALID_REQUEST.exception(
            "The encryption of objects encrypted with customer-provided keys (SSE-C) cannot be"
                + " updated");
      }
      ObjectEncryption updated =
          ObjectEncryption.kms(
              ObjectEncryption.KMS,
              keyArn,
              was.isKms() ? was.kmsContext() : null,
              bucketKey.equals("true"));
      StoredObject replaced =
          new StoredObject(
              current.key(),
              current.body(),
              current.etag(),
              current.lastModified(),
              current.owner(),
              current.attributes(),
              updated,
              current.checksum(),
              current.versionId());
      // The record shares the body: replacing it must not release the bytes.
      if (bucket.objects().replace(request.key(), current, replaced)) {
        return MotoResponse.status(200);
      }
    }
  }
}
