package org.moto4j.s3.internal.replication;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ChecksummedBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.objects.ObjectWriter;

/**
 * {@code PUT|GET|DELETE /bucket?replication}: the bucket's replication configuration, kept as sent
 * and answered as stored. Put needs the bucket's versioning Enabled, a {@code Role} and rules each
 * with a status and a destination bucket that exists with versioning Enabled. No object is
 * replicated: the configuration is stored, validated and returned, as moto does.
 */
public final class BucketReplication implements S3Operation {

  static final BucketConfigurations.Kind<XmlNode> KIND =
      new BucketConfigurations.Kind<>("replication", XmlNode.class);

  private static final String BUCKET_ARN_PREFIX = "arn:aws:s3:::";
  private static final List<String> STATUSES = List.of("Enabled", "Disabled");

  private final BucketAccess access;
  private final BucketNamespace namespace;
  private final ObjectWriter writer;

  @Inject
  public BucketReplication(BucketAccess access, BucketNamespace namespace, ObjectWriter writer) {
    this.access = access;
    this.namespace = namespace;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    return switch (request.http().method()) {
      case "PUT" -> {
        XmlNode document =
            ChecksummedBodies.read(
                request, writer, "ReplicationConfiguration", S3Errors.MISSING_REQUEST_BODY);
        if (bucket.versioning() != VersioningStatus.ENABLED) {
          throw S3Errors.REPLICATION_NEEDS_VERSIONING.exception();
        }
        check(document);
        bucket.configurations().put(KIND, document);
        yield MotoResponse.status(200);
      }
      case "DELETE" -> {
        bucket.configurations().remove(KIND);
        yield MotoResponse.status(204);
      }
      default ->
          MotoResponse.status(200)
              .xml(
                  bucket
                      .configurations()
                      .get(KIND)
                      .orElseThrow(
                          () ->
                              S3Errors.REPLICATION_CONFIGURATION_NOT_FOUND
                                  .exception()
                                  .with("BucketName", bucket.name()))
                      .toDocument());
    };
  }

  /**
   * Checks a configuration as S3 does.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for what the schema refuses,
   *     {@code InvalidRequest} for a destination that does not exist or is not versioned, or a
   *     filtered rule without {@code DeleteMarkerReplication}
   */
  private void check(XmlNode document) {
    document.requiredText("Role");
    List<XmlNode> rules = document.children("Rule");
    if (rules.isEmpty() || rules.size() > 1000) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    for (XmlNode rule : rules) {
      if (!STATUSES.contains(rule.requiredText("Status"))) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      if (rule.has("Filter") && !rule.has("DeleteMarkerReplication")) {
        // AWS's wording for a V2 (filtered) rule without it; from its public answers.
        throw S3Errors.INVALID_REQUEST.exception(
            "DeleteMarkerReplication must be specified for this version of Cross Region"
                + " Replication configuration schema.");
      }
      String destination = rule.required("Destination").requiredText("Bucket");
      checkDestination(destination);
    }
  }

  private void checkDestination(String arn) {
    if (!arn.startsWith(BUCKET_ARN_PREFIX)) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("Invalid bucket ARN.")
          .with("ArgumentName", "Bucket")
          .with("ArgumentValue", arn);
    }
    Optional<Bucket> target = namespace.find(arn.substring(BUCKET_ARN_PREFIX.length()));
    if (target.isEmpty()) {
      throw S3Errors.INVALID_REQUEST.exception("Destination bucket must exist.");
    }
    if (target.get().versioning() != VersioningStatus.ENABLED) {
      throw S3Errors.INVALID_REQUEST.exception("Destination bucket must have versioning enabled.");
    }
  }
}
