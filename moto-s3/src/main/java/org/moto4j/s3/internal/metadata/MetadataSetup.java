package org.moto4j.s3.internal.metadata;

import java.util.Optional;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * A bucket's S3 Metadata configuration, V1 (a table in the customer's S3 Tables bucket) or V2 (a
 * journal table and an optional live inventory table in the AWS-managed {@code aws-s3} table
 * bucket). Immutable; an update stores a new one.
 *
 * @param v1 whether it was created with the V1 operation
 * @param tableBucketArn V1: the customer's table bucket; V2: the AWS-managed one
 * @param tableName V1: the table's name
 * @param namespace the S3 Tables namespace of the tables
 * @param journal V2: the journal table configuration (RecordExpiration, EncryptionConfiguration)
 * @param inventory V2: the inventory table configuration, or {@code null}
 * @param annotation V2: the annotation table configuration, or {@code null}
 * @param tableId a stable id the table ARNs are built from
 */
record MetadataSetup(
    boolean v1,
    String tableBucketArn,
    String tableName,
    String namespace,
    XmlNode journal,
    XmlNode inventory,
    XmlNode annotation,
    String tableId) {

  MetadataSetup withJournal(XmlNode newJournal) {
    return new MetadataSetup(
        v1, tableBucketArn, tableName, namespace, newJournal, inventory, annotation, tableId);
  }

  MetadataSetup withInventory(XmlNode newInventory) {
    return new MetadataSetup(
        v1, tableBucketArn, tableName, namespace, journal, newInventory, annotation, tableId);
  }

  MetadataSetup withAnnotation(XmlNode newAnnotation) {
    return new MetadataSetup(
        v1, tableBucketArn, tableName, namespace, journal, inventory, newAnnotation, tableId);
  }

  /** GetBucketMetadataTableConfiguration's answer (V1 only). */
  String v1Document(String ns) {
    // moto4j has no S3 Tables: the customer's table bucket cannot exist, so S3 Metadata reports
    // the table as failed, with the error S3 documents for a missing table bucket.
    return XmlWriter.document()
        .start("GetBucketMetadataTableConfigurationResult", ns)
        .start("MetadataTableConfigurationResult")
        .start("S3TablesDestinationResult")
        .element("TableBucketArn", tableBucketArn)
        .element("TableName", tableName)
        .element("TableArn", tableBucketArn + "/table/" + tableId)
        .element("TableNamespace", namespace)
        .end()
        .end()
        .element("Status", "FAILED")
        .start("Error")
        .element("ErrorCode", "NoSuchTableBucket")
        .element("ErrorMessage", "The specified table bucket does not exist.")
        .end()
        .end()
        .toXml();
  }

  /** GetBucketMetadataConfiguration's answer, for V1 and V2 configurations alike. */
  String v2Document(String ns) {
    XmlWriter xml =
        XmlWriter.document()
            .start("GetBucketMetadataConfigurationResult", ns)
            .start("MetadataConfigurationResult")
            .start("DestinationResult")
            .element("TableBucketType", v1 ? "customer" : "aws")
            .element("TableBucketArn", tableBucketArn)
            .element("TableNamespace", namespace)
            .end();
    if (v1) {
      xml.start("JournalTableConfigurationResult")
          .element("TableStatus", "FAILED")
          .start("Error")
          .element("ErrorCode", "NoSuchTableBucket")
          .element("ErrorMessage", "The specified table bucket does not exist.")
          .end()
          .element("TableName", tableName)
          .element("TableArn", tableBucketArn + "/table/" + tableId)
          .start("RecordExpiration")
          .element("Expiration", "DISABLED")
          .end()
          .end();
      return xml.end().end().toXml();
    }
    xml.start("JournalTableConfigurationResult")
        .element("TableStatus", "ACTIVE")
        .element("TableName", "journal")
        .element("TableArn", tableBucketArn + "/table/" + tableId + "-journal");
    journal.required("RecordExpiration").writeTo(xml);
    xml.end();
    table(xml, "InventoryTableConfigurationResult", inventory, "inventory");
    table(xml, "AnnotationTableConfigurationResult", annotation, "annotation");
    return xml.end().end().toXml();
  }

  private void table(XmlWriter xml, String element, XmlNode configuration, String name) {
    if (configuration == null) {
      return;
    }
    String state = configuration.requiredText("ConfigurationState");
    xml.start(element).element("ConfigurationState", state);
    if (state.equals("ENABLED")) {
      xml.element("TableStatus", "ACTIVE")
          .element("TableName", name)
          .element("TableArn", tableBucketArn + "/table/" + tableId + "-" + name);
    }
    Optional<String> role = configuration.childText("Role");
    role.ifPresent(value -> xml.element("Role", value));
    xml.end();
  }

  /** Checks a RecordExpiration: ENABLED needs Days, at least 7. */
  static void checkRecordExpiration(XmlNode expiration) {
    String state = expiration.requiredText("Expiration");
    checkState(state);
    Optional<String> days = expiration.childText("Days");
    if (state.equals("ENABLED")) {
      int value;
      try {
        value = Integer.parseInt(days.orElseThrow(() -> S3Errors.MALFORMED_XML.exception()).trim());
      } catch (NumberFormatException e) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      if (value < 7 || value > 2147483647) {
        // S3's limit (7 days at least) as documented; the message is moto4j's.
        throw S3Errors.INVALID_ARGUMENT
            .exception("Days must be at least 7 when Expiration is ENABLED")
            .with("ArgumentName", "Days")
            .with("ArgumentValue", days.get());
      }
    }
  }

  /** Checks a table's ConfigurationState and its optional EncryptionConfiguration. */
  static void checkTable(XmlNode table) {
    checkState(table.requiredText("ConfigurationState"));
    checkEncryption(table);
  }

  static void checkEncryption(XmlNode table) {
    Optional<XmlNode> encryption = table.child("EncryptionConfiguration");
    if (encryption.isEmpty()) {
      return;
    }
    String algorithm = encryption.get().requiredText("SseAlgorithm");
    if (!algorithm.equals("aws:kms") && !algorithm.equals("AES256")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (algorithm.equals("aws:kms") && encryption.get().childText("KmsKeyArn").isEmpty()) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("KmsKeyArn must be provided when SseAlgorithm is aws:kms")
          .with("ArgumentName", "KmsKeyArn");
    }
  }

  private static void checkState(String state) {
    if (!state.equals("ENABLED") && !state.equals("DISABLED")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
  }
}
