package org.moto4j.s3.internal.buckets;

import jakarta.inject.Inject;
import java.time.Clock;
import org.moto4j.core.AccountContext;
import org.moto4j.core.Regions;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNames;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.internal.LocationConstraints;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.XmlBodies;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.express.DirectoryBuckets;
import org.moto4j.s3.internal.lock.ObjectLocks;

/**
 * {@code PUT /bucket}: claims a name in the shared namespace, in the region the optional {@code
 * CreateBucketConfiguration} names. ACL, object-lock and ownership headers are accepted.
 */
public final class CreateBucket implements S3Operation {

  private final BucketNamespace namespace;
  private final Clock clock;

  @Inject
  public CreateBucket(BucketNamespace namespace, Clock clock) {
    this.namespace = namespace;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    String name = request.bucket();
    // A directory bucket (name--zone-id--x-s3) has its own name rules and configuration.
    boolean directory = DirectoryBuckets.isDirectoryName(name);
    if (!directory) {
      BucketNames.check(name);
    }
    var configuration = XmlBodies.read(request, "CreateBucketConfiguration");
    String zone = directory ? DirectoryBuckets.checkCreate(name, configuration) : null;
    String constraint =
        directory
            ? null
            : configuration
                .flatMap(element -> XmlBodies.childText(element, "LocationConstraint"))
                .filter(text -> !text.isEmpty())
                .orElse(null);
    String region =
        directory
            ? context.region()
            : LocationConstraints.bucketRegion(constraint, context.region());
    Bucket created = new Bucket(name, context.account(), region, constraint, clock.instant());
    if (zone != null) {
      created.configurations().put(DirectoryBuckets.ZONE, zone);
    }
    String objectLock = request.header("x-amz-bucket-object-lock-enabled");
    if (objectLock != null && objectLock.trim().equalsIgnoreCase("true")) {
      ObjectLocks.enableAtCreation(created);
    }
    // Ownership, ACL and Block Public Access are set before the bucket becomes visible.
    AccessSettings.initialise(created, request);
    Bucket bucket = namespace.create(created, context.region());
    // AWS answers a path for us-east-1 buckets and the global endpoint URL for the others.
    String location =
        bucket.region().equals(Regions.DEFAULT)
            ? "/" + name
            : "http://" + name + ".s3.amazonaws.com/";
    return MotoResponse.status(200).header("Location", location);
  }
}
