package org.moto4j.s3.internal.metadata;

import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * The S3 Metadata operations of a general purpose bucket: V1 ({@code ?metadataTable}: Create, Get,
 * Delete) and V2 ({@code ?metadataConfiguration}: Create, Get, Delete, and the Update of its
 * journal, inventory and annotation tables). A bucket has at most one configuration, V1 or V2; the
 * V2 Get and Delete also take a V1 one, the V1 Get and Delete refuse a V2 one with 405, as S3
 * documents. Only the bucket's owner may use them.
 *
 * <p>moto4j keeps no S3 Tables: a V2 configuration's tables (in the AWS-managed {@code aws-s3}
 * table bucket) are reported ACTIVE, a V1 configuration's table (in the customer's own table
 * bucket, which cannot exist here) FAILED with {@code NoSuchTableBucket}. No records are written.
 */
public final class BucketMetadata implements S3Operation {

  private static final BucketConfigurations.Kind<MetadataSetup> KIND =
      new BucketConfigurations.Kind<>("metadata", MetadataSetup.class);

  private static final Pattern TABLE_BUCKET_ARN =
      Pattern.compile(
          "arn:aws[a-z-]*:s3tables:[a-z0-9-]+:\\d{12}:bucket/[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");

  private final BucketAccess access;

  @Inject
  public BucketMetadata(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    return switch (request.operation()) {
      case "CreateBucketMetadataTableConfiguration" -> createV1(request, bucket, context);
      case "CreateBucketMetadataConfiguration" -> createV2(request, bucket, context);
      case "GetBucketMetadataTableConfiguration" ->
          MotoResponse.status(200).xml(v1(bucket, request).v1Document(S3Service.NAMESPACE));
      case "GetBucketMetadataConfiguration" ->
          MotoResponse.status(200).xml(existing(bucket).v2Document(S3Service.NAMESPACE));
      case "DeleteBucketMetadataTableConfiguration" -> {
        bucket.configurations().remove(KIND, v1(bucket, request));
        yield MotoResponse.status(204);
      }
      case "DeleteBucketMetadataConfiguration" -> {
        bucket.configurations().remove(KIND, existing(bucket));
        yield MotoResponse.status(204);
      }
      case "UpdateBucketMetadataJournalTableConfiguration" -> {
        XmlNode journal = ConfigurationBodies.read(request, "JournalTableConfiguration");
        MetadataSetup.checkRecordExpiration(journal.required("RecordExpiration"));
        MetadataSetup current = v2(bucket, request);
        bucket.configurations().replace(KIND, current, current.withJournal(journal));
        yield MotoResponse.status(200);
      }
      case "UpdateBucketMetadataInventoryTableConfiguration" -> {
        XmlNode inventory = ConfigurationBodies.read(request, "InventoryTableConfiguration");
        MetadataSetup.checkTable(inventory);
        MetadataSetup current = v2(bucket, request);
        bucket.configurations().replace(KIND, current, current.withInventory(inventory));
        yield MotoResponse.status(200);
      }
      case "UpdateBucketMetadataAnnotationTableConfiguration" -> {
        XmlNode annotation = ConfigurationBodies.read(request, "AnnotationTableConfiguration");
        MetadataSetup.checkTable(annotation);
        MetadataSetup current = v2(bucket, request);
        bucket.configurations().replace(KIND, current, current.withAnnotation(annotation));
        yield MotoResponse.status(200);
      }
      default ->
          throw new IllegalStateException("Not a metadata operation: " + request.operation());
    };
  }

  private MotoResponse createV1(S3Request request, Bucket bucket, AccountContext context) {
    XmlNode document = ConfigurationBodies.read(request, "MetadataTableConfiguration");
    XmlNode destination = document.required("S3TablesDestination");
    String arn = destination.requiredText("TableBucketArn");
    String table = destination.requiredText("TableName");
    if (!TABLE_BUCKET_ARN.matcher(arn).matches()) {
      // S3 checks the ARN's form; the message is moto4j's (AWS's not confirmed).
      throw S3Errors.INVALID_ARGUMENT
          .exception("Invalid S3 Tables table bucket ARN")
          .with("ArgumentName", "TableBucketArn")
          .with("ArgumentValue", arn);
    }
    install(
        bucket,
        new MetadataSetup(
            true, arn, table, "aws_s3_metadata", null, null, null, UUID.randomUUID().toString()));
    return MotoResponse.status(200);
  }

  private MotoResponse createV2(S3Request request, Bucket bucket, AccountContext context) {
    XmlNode document = ConfigurationBodies.read(request, "MetadataConfiguration");
    XmlNode journal = document.required("JournalTableConfiguration");
    MetadataSetup.checkRecordExpiration(journal.required("RecordExpiration"));
    MetadataSetup.checkEncryption(journal);
    XmlNode inventory = document.child("InventoryTableConfiguration").orElse(null);
    if (inventory != null) {
      MetadataSetup.checkTable(inventory);
    }
    XmlNode annotation = document.child("AnnotationTableConfiguration").orElse(null);
    if (annotation != null) {
      MetadataSetup.checkTable(annotation);
    }
    String tableBucket =
        "arn:"
            + context.partition()
            + ":s3tables:"
            + bucket.region()
            + ":"
            + bucket.owner().value()
            + ":bucket/aws-s3";
    install(
        bucket,
        new MetadataSetup(
            false,
            tableBucket,
            null,
            "b_" + bucket.name(),
            journal,
            inventory,
            annotation,
            UUID.randomUUID().toString()));
    return MotoResponse.status(200);
  }

  private static void install(Bucket bucket, MetadataSetup setup) {
    if (bucket.configurations().putIfAbsent(KIND, setup) != null) {
      throw S3Errors.METADATA_CONFIGURATION_EXISTS.exception();
    }
  }

  private static MetadataSetup existing(Bucket bucket) {
    return bucket
        .configurations()
        .get(KIND)
        .orElseThrow(() -> S3Errors.METADATA_CONFIGURATION_NOT_FOUND.exception());
  }

  /** The configuration, which the V1 operations take only when it is a V1 one. */
  private static MetadataSetup v1(Bucket bucket, S3Request request) {
    MetadataSetup setup = existing(bucket);
    if (!setup.v1()) {
      throw methodNotAllowed(request);
    }
    return setup;
  }

  /** The configuration, which the table updates take only when it is a V2 one. */
  private static MetadataSetup v2(Bucket bucket, S3Request request) {
    MetadataSetup setup = existing(bucket);
    if (setup.v1()) {
      throw methodNotAllowed(request);
    }
    return setup;
  }

  private static RuntimeException methodNotAllowed(S3Request request) {
    return S3Errors.METHOD_NOT_ALLOWED
        .exception()
        .with("Method", request.http().method())
        .with("ResourceType", "BUCKET");
  }
}
