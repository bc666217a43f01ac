package org.moto4j.s3.internal.express;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.XmlBodies;
import org.w3c.dom.Element;

/**
 * S3 Express One Zone directory buckets: named {@code base--zone-id--x-s3} (such as {@code
 * logs--usw2-az1--x-s3}), created with a {@code CreateBucketConfiguration} naming the zone and the
 * {@code Directory} type. They share the bucket namespace and its operations; ListBuckets leaves
 * them out and ListDirectoryBuckets lists only them, as S3 does.
 */
public final class DirectoryBuckets {

  /** The zone id a directory bucket lives in, kept with the bucket's configurations. */
  public static final BucketConfigurations.Kind<String> ZONE =
      new BucketConfigurations.Kind<>("directoryBucketZone", String.class);

  private static final String SUFFIX = "--x-s3";

  /** Base name (letters, digits, hyphens), zone id (such as usw2-az1 or usw2-lax1-az1). */
  private static final Pattern NAME =
      Pattern.compile(
          "([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)--([a-z0-9]+(?:-[a-z0-9]+)*-az[0-9]+)--x-s3");

  private DirectoryBuckets() {}

  /** Whether a CreateBucket for {@code name} asks for a directory bucket. */
  public static boolean isDirectoryName(String name) {
    return name != null && name.endsWith(SUFFIX);
  }

  /** Whether {@code bucket} is a directory bucket. */
  public static boolean isDirectory(Bucket bucket) {
    return bucket.configurations().get(ZONE).isPresent();
  }

  /**
   * Checks a directory bucket's CreateBucket: its name and its configuration.
   *
   * @return the zone id
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidBucketName} for a malformed name,
   *     {@code InvalidRequest} for a configuration that is not a directory bucket's in that zone
   */
  public static String checkCreate(String name, Optional<Element> configuration) {
    Matcher matcher = NAME.matcher(name);
    if (name.length() < 3 || name.length() > 63 || !matcher.matches()) {
      throw S3Errors.INVALID_BUCKET_NAME.exception().with("BucketName", name);
    }
    String zone = matcher.group(2);
    Element root =
        configuration.orElseThrow(
            () ->
                S3Errors.INVALID_REQUEST.exception(
                    "A directory bucket requires a CreateBucketConfiguration with its Location"
                        + " and Bucket type"));
    Element location = child(root, "Location");
    Element bucket = child(root, "Bucket");
    String locationType = XmlBodies.childText(location, "Type").orElse("");
    String locationName = XmlBodies.childText(location, "Name").orElse("");
    String type = XmlBodies.childText(bucket, "Type").orElse("");
    String redundancy = XmlBodies.childText(bucket, "DataRedundancy").orElse("");
    if (!locationType.equals("AvailabilityZone") && !locationType.equals("LocalZone")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (!type.equals("Directory")
        || (!redundancy.equals("SingleAvailabilityZone")
            && !redundancy.equals("SingleLocalZone"))) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (!locationName.equals(zone)) {
      // The zone in the name must be the zone of the Location (message not confirmed).
      throw S3Errors.INVALID_REQUEST.exception(
          "The Availability Zone in the bucket name does not match the Location Name "
              + locationName);
    }
    return zone;
  }

  private static Element child(Element parent, String name) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(
              element.getLocalName() != null ? element.getLocalName() : element.getNodeName())) {
        return element;
      }
    }
    throw S3Errors.MALFORMED_XML.exception();
  }

  /** A directory bucket's ARN: {@code arn:aws:s3express:region:account:bucket/name}. */
  public static String arn(Bucket bucket, String partition) {
    return "arn:"
        + partition
        + ":s3express:"
        + bucket.region()
        + ":"
        + bucket.owner().value()
        + ":bucket/"
        + bucket.name();
  }
}
