package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET|DELETE /bucket?encryption}: the bucket's default encryption. Since January 2023
 * every bucket has one, SSE-S3 ({@code AES256}): Get answers it for a bucket that set none, and
 * Delete returns to it. New objects that name no encryption get the default ({@link
 * #defaultFor(Bucket)}).
 */
public final class BucketEncryption extends DocumentConfiguration {

  static final BucketConfigurations.Kind<XmlNode> KIND = kind("encryption");
  private static final List<String> ALGORITHMS =
      List.of(ObjectEncryption.AES256, ObjectEncryption.KMS, ObjectEncryption.KMS_DSSE);

  @Inject
  public BucketEncryption(BucketAccess access) {
    super(access, KIND, "ServerSideEncryptionConfiguration");
  }

  /**
   * The default encryption a bucket's configuration names, when it is a KMS one: its algorithm, key
   * id (or {@code null} for the {@code aws/s3} key) and whether a bucket key is used.
   */
  public static Optional<KmsDefault> defaultFor(Bucket bucket) {
    return bucket
        .configurations()
        .get(KIND)
        .flatMap(document -> document.child("Rule"))
        .flatMap(
            rule ->
                rule.child("ApplyServerSideEncryptionByDefault")
                    .filter(
                        byDefault ->
                            !byDefault
                                .childText("SSEAlgorithm")
                                .orElse("")
                                .equals(ObjectEncryption.AES256))
                    .map(
                        byDefault ->
                            new KmsDefault(
                                byDefault.childText("SSEAlgorithm").orElseThrow(),
                                byDefault.childText("KMSMasterKeyID").orElse(null),
                                rule.childText("BucketKeyEnabled")
                                    .orElse("false")
                                    .equals("true"))));
  }

  /**
   * A bucket's KMS default encryption.
   *
   * @param algorithm {@code aws:kms} or {@code aws:kms:dsse}
   * @param keyId the key named, or {@code null} for the account's {@code aws/s3} key
   * @param bucketKeyEnabled whether S3 Bucket Keys are used
   */
  public record KmsDefault(String algorithm, String keyId, boolean bucketKeyEnabled) {}

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    List<XmlNode> rules = document.children("Rule");
    if (rules.size() != 1) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    XmlNode rule = rules.get(0);
    rule.childText("BucketKeyEnabled").ifPresent(BucketEncryption::checkBoolean);
    XmlNode byDefault = rule.required("ApplyServerSideEncryptionByDefault");
    String algorithm = byDefault.requiredText("SSEAlgorithm");
    if (!ALGORITHMS.contains(algorithm)) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (algorithm.equals(ObjectEncryption.AES256) && byDefault.has("KMSMasterKeyID")) {
      throw S3Errors.INVALID_ARGUMENT
          .exception(
              "a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or"
                  + " aws:kms:dsse")
          .with("ArgumentName", "ApplyServerSideEncryptionByDefault");
    }
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    XmlNode byDefault =
        XmlNode.parent(
            "ApplyServerSideEncryptionByDefault",
            List.of(XmlNode.leaf("SSEAlgorithm", ObjectEncryption.AES256)));
    XmlNode rule =
        XmlNode.parent("Rule", List.of(byDefault, XmlNode.leaf("BucketKeyEnabled", "false")));
    return MotoResponse.status(200)
        .xml(XmlNode.parent("ServerSideEncryptionConfiguration", List.of(rule)).toDocument());
  }

  private static void checkBoolean(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
  }
}
