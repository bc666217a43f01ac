package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code PUT|GET|DELETE /bucket?lifecycle}: the lifecycle rules (PutBucketLifecycleConfiguration
 * and the legacy PutBucketLifecycle, whose rules name a {@code Prefix} instead of a {@code
 * Filter}), checked as S3 checks them: 1 to 1,000 rules, unique ids of at most 255 characters, a
 * status, a prefix or a filter but not both, at least one action. Nothing expires objects.
 */
public final class BucketLifecycle extends DocumentConfiguration {

  static final int MAX_RULES = 1000;
  static final int MAX_ID_LENGTH = 255;
  private static final String MINIMUM_SIZE_HEADER = "x-amz-transition-default-minimum-object-size";
  private static final List<String> ACTIONS =
      List.of(
          "Expiration",
          "Transition",
          "NoncurrentVersionExpiration",
          "NoncurrentVersionTransition",
          "AbortIncompleteMultipartUpload");
  private static final List<String> FILTER_PREDICATES =
      List.of("Prefix", "Tag", "And", "ObjectSizeGreaterThan", "ObjectSizeLessThan");

  @Inject
  public BucketLifecycle(BucketAccess access) {
    super(access, kind("lifecycle"), "LifecycleConfiguration");
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    MotoResponse response = super.handle(request, context);
    // What S3 answers since 2024 for buckets that do not name it: the 128 KiB floor.
    return response.status() == 200
        ? response.header(MINIMUM_SIZE_HEADER, "all_storage_classes_128K")
        : response;
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    List<XmlNode> rules = document.children("Rule");
    if (rules.isEmpty() || rules.size() > MAX_RULES) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    Set<String> ids = new HashSet<>();
    for (XmlNode rule : rules) {
      String id = rule.childText("ID").orElse("");
      if (id.length() > MAX_ID_LENGTH) {
        throw S3Errors.INVALID_ARGUMENT
            .exception("ID length should not exceed allowed limit of 255")
            .with("ArgumentName", "ID")
            .with("ArgumentValue", id);
      }
      if (!id.isEmpty() && !ids.add(id)) {
        throw S3Errors.INVALID_ARGUMENT
            .exception("Rule ID must be unique. Found same ID for more than one rule")
            .with("ArgumentName", "ID")
            .with("ArgumentValue", id);
      }
      String status = rule.requiredText("Status");
      if (!status.equals("Enabled") && !status.equals("Disabled")) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      checkScope(rule);
      if (ACTIONS.stream().noneMatch(rule::has)) {
        throw S3Errors.INVALID_REQUEST.exception(
            "At least one action needs to be specified in a rule");
      }
      rule.child("Expiration").ifPresent(BucketLifecycle::checkExpiration);
    }
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    throw S3Errors.NO_SUCH_LIFECYCLE_CONFIGURATION.exception().with("BucketName", bucket.name());
  }

  /** A rule applies to a prefix (legacy) or a filter, never both, and names one of them. */
  private static void checkScope(XmlNode rule) {
    boolean prefix = rule.has("Prefix");
    boolean filter = rule.has("Filter");
    if (prefix == filter) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (filter) {
      long predicates =
          rule.required("Filter").children().stream()
              .filter(child -> FILTER_PREDICATES.contains(child.name()))
              .count();
      if (predicates > 1) {
        throw S3Errors.MALFORMED_XML.exception();
      }
    }
  }

  private static void checkExpiration(XmlNode expiration) {
    expiration
        .childText("Days")
        .ifPresent(
            days -> {
              if (number(days) <= 0) {
                throw S3Errors.INVALID_ARGUMENT
                    .exception("'Days' for Expiration action must be a positive integer")
                    .with("ArgumentName", "Days")
                    .with("ArgumentValue", days);
              }
            });
  }

  static long number(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.MALFORMED_XML.exception();
    }
  }
}
