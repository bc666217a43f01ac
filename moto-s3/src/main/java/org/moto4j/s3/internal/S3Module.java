package org.moto4j.s3.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Routes;
import org.moto4j.s3.internal.access.S3Permissions;
import org.moto4j.s3.internal.acl.BucketAcl;
import org.moto4j.s3.internal.acl.BucketOwnershipControls;
import org.moto4j.s3.internal.acl.BucketPublicAccessBlock;
import org.moto4j.s3.internal.acl.ObjectAcl;
import org.moto4j.s3.internal.annotations.ObjectAnnotations;
import org.moto4j.s3.internal.buckets.CreateBucket;
import org.moto4j.s3.internal.buckets.DeleteBucket;
import org.moto4j.s3.internal.buckets.GetBucketLocation;
import org.moto4j.s3.internal.buckets.HeadBucket;
import org.moto4j.s3.internal.buckets.ListBuckets;
import org.moto4j.s3.internal.config.BucketAbac;
import org.moto4j.s3.internal.config.BucketAccelerate;
import org.moto4j.s3.internal.config.BucketAnalytics;
import org.moto4j.s3.internal.config.BucketEncryption;
import org.moto4j.s3.internal.config.BucketIntelligentTiering;
import org.moto4j.s3.internal.config.BucketInventory;
import org.moto4j.s3.internal.config.BucketLifecycle;
import org.moto4j.s3.internal.config.BucketLogging;
import org.moto4j.s3.internal.config.BucketMetrics;
import org.moto4j.s3.internal.config.BucketNotification;
import org.moto4j.s3.internal.config.BucketRequestPayment;
import org.moto4j.s3.internal.config.BucketWebsite;
import org.moto4j.s3.internal.cors.BucketCors;
import org.moto4j.s3.internal.express.CreateSession;
import org.moto4j.s3.internal.express.ListDirectoryBuckets;
import org.moto4j.s3.internal.lambda.WriteGetObjectResponse;
import org.moto4j.s3.internal.listing.ListMultipartUploads;
import org.moto4j.s3.internal.listing.ListObjectVersions;
import org.moto4j.s3.internal.listing.ListObjects;
import org.moto4j.s3.internal.listing.ListObjectsV2;
import org.moto4j.s3.internal.lock.BucketObjectLock;
import org.moto4j.s3.internal.lock.ObjectLegalHold;
import org.moto4j.s3.internal.lock.ObjectRetention;
import org.moto4j.s3.internal.metadata.BucketMetadata;
import org.moto4j.s3.internal.multipart.AbortMultipartUpload;
import org.moto4j.s3.internal.multipart.CompleteMultipartUpload;
import org.moto4j.s3.internal.multipart.CreateMultipartUpload;
import org.moto4j.s3.internal.multipart.ListParts;
import org.moto4j.s3.internal.multipart.MultipartUploads;
import org.moto4j.s3.internal.multipart.UploadPart;
import org.moto4j.s3.internal.multipart.UploadPartCopy;
import org.moto4j.s3.internal.objects.CopyObject;
import org.moto4j.s3.internal.objects.DeleteObject;
import org.moto4j.s3.internal.objects.DeleteObjects;
import org.moto4j.s3.internal.objects.GetObject;
import org.moto4j.s3.internal.objects.GetObjectAttributes;
import org.moto4j.s3.internal.objects.HeadObject;
import org.moto4j.s3.internal.objects.PutObject;
import org.moto4j.s3.internal.objects.RenameObject;
import org.moto4j.s3.internal.objects.RenameTokens;
import org.moto4j.s3.internal.objects.UpdateObjectEncryption;
import org.moto4j.s3.internal.policy.BucketPolicies;
import org.moto4j.s3.internal.policy.S3ResourcePolicies;
import org.moto4j.s3.internal.post.PostObject;
import org.moto4j.s3.internal.replication.BucketReplication;
import org.moto4j.s3.internal.restore.RestoreObject;
import org.moto4j.s3.internal.select.SelectObjectContent;
import org.moto4j.s3.internal.tagging.BucketTagging;
import org.moto4j.s3.internal.tagging.ObjectTagging;
import org.moto4j.s3.internal.torrent.GetObjectTorrent;
import org.moto4j.s3.internal.versioning.BucketVersioning;

/**
 * Wires S3: the bucket namespace (reset with everything else) and the implemented operations, by
 * the names {@code routes.tsv} routes to. Every other operation answers 501 NotImplemented.
 */
public final class S3Module extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(BucketNamespace.class);
    install(new S3ControlPlaneModule());

    MapBinder<String, S3Operation> operations =
        MapBinder.newMapBinder(binder(), String.class, S3Operation.class);
    operations.addBinding("CreateBucket").to(CreateBucket.class);
    operations.addBinding("DeleteBucket").to(DeleteBucket.class);
    operations.addBinding("GetBucketLocation").to(GetBucketLocation.class);
    operations.addBinding("HeadBucket").to(HeadBucket.class);
    operations.addBinding("ListBuckets").to(ListBuckets.class);
    operations.addBinding("DeleteObject").to(DeleteObject.class);
    operations.addBinding("GetObject").to(GetObject.class);
    operations.addBinding("HeadObject").to(HeadObject.class);
    operations.addBinding("ListObjects").to(ListObjects.class);
    operations.addBinding("ListObjectsV2").to(ListObjectsV2.class);
    operations.addBinding("PutObject").to(PutObject.class);
    operations.addBinding("PostObject").to(PostObject.class);
    // WP6: copy, rename, multi-delete, attributes (RenameObject's client tokens reset too).
    Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(RenameTokens.class);
    operations.addBinding("CopyObject").to(CopyObject.class);
    operations.addBinding("RenameObject").to(RenameObject.class);
    operations.addBinding("DeleteObjects").to(DeleteObjects.class);
    operations.addBinding("GetObjectAttributes").to(GetObjectAttributes.class);
    // WP5: multipart uploads (their parts' blobs are released on reset too).
    Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(MultipartUploads.class);
    operations.addBinding("CreateMultipartUpload").to(CreateMultipartUpload.class);
    operations.addBinding("UploadPart").to(UploadPart.class);
    operations.addBinding("UploadPartCopy").to(UploadPartCopy.class);
    operations.addBinding("CompleteMultipartUpload").to(CompleteMultipartUpload.class);
    operations.addBinding("AbortMultipartUpload").to(AbortMultipartUpload.class);
    operations.addBinding("ListParts").to(ListParts.class);
    operations.addBinding("ListMultipartUploads").to(ListMultipartUploads.class);
    // Issue 6, slice A: tagging, CORS and the stored bucket configurations.
    operations.addBinding("PutBucketTagging").to(BucketTagging.class);
    operations.addBinding("GetBucketTagging").to(BucketTagging.class);
    operations.addBinding("DeleteBucketTagging").to(BucketTagging.class);
    operations.addBinding("PutObjectTagging").to(ObjectTagging.class);
    operations.addBinding("GetObjectTagging").to(ObjectTagging.class);
    operations.addBinding("DeleteObjectTagging").to(ObjectTagging.class);
    operations.addBinding("PutBucketCors").to(BucketCors.class);
    operations.addBinding("GetBucketCors").to(BucketCors.class);
    operations.addBinding("DeleteBucketCors").to(BucketCors.class);
    operations.addBinding("PutBucketLifecycleConfiguration").to(BucketLifecycle.class);
    operations.addBinding("GetBucketLifecycleConfiguration").to(BucketLifecycle.class);
    operations.addBinding("DeleteBucketLifecycle").to(BucketLifecycle.class);
    operations.addBinding("PutBucketEncryption").to(BucketEncryption.class);
    operations.addBinding("GetBucketEncryption").to(BucketEncryption.class);
    operations.addBinding("DeleteBucketEncryption").to(BucketEncryption.class);
    operations.addBinding("PutBucketLogging").to(BucketLogging.class);
    operations.addBinding("GetBucketLogging").to(BucketLogging.class);
    operations.addBinding("PutBucketNotificationConfiguration").to(BucketNotification.class);
    operations.addBinding("GetBucketNotificationConfiguration").to(BucketNotification.class);
    operations.addBinding("PutBucketAccelerateConfiguration").to(BucketAccelerate.class);
    operations.addBinding("GetBucketAccelerateConfiguration").to(BucketAccelerate.class);
    operations.addBinding("PutBucketRequestPayment").to(BucketRequestPayment.class);
    operations.addBinding("GetBucketRequestPayment").to(BucketRequestPayment.class);
    operations.addBinding("PutBucketWebsite").to(BucketWebsite.class);
    operations.addBinding("GetBucketWebsite").to(BucketWebsite.class);
    operations.addBinding("DeleteBucketWebsite").to(BucketWebsite.class);
    // Issue 6, slice B (VERSIONING helper): versioning state, versions and delete markers.
    operations.addBinding("PutBucketVersioning").to(BucketVersioning.class);
    operations.addBinding("GetBucketVersioning").to(BucketVersioning.class);
    operations.addBinding("ListObjectVersions").to(ListObjectVersions.class);
    // Issue 6, slice B (SELECT helper): restore, torrent and S3 Select.
    operations.addBinding("RestoreObject").to(RestoreObject.class);
    operations.addBinding("GetObjectTorrent").to(GetObjectTorrent.class);
    operations.addBinding("SelectObjectContent").to(SelectObjectContent.class);
    for (String verb : new String[] {"Put", "Get", "Delete", "List"}) {
      String plural = verb.equals("List") ? "Configurations" : "Configuration";
      operations.addBinding(verb + "BucketAnalytics" + plural).to(BucketAnalytics.class);
      operations.addBinding(verb + "BucketMetrics" + plural).to(BucketMetrics.class);
      operations.addBinding(verb + "BucketInventory" + plural).to(BucketInventory.class);
      operations
          .addBinding(verb + "BucketIntelligentTiering" + plural)
          .to(BucketIntelligentTiering.class);
    }
    // Issue 7: the IAM permissions of each request, for access control.
    Multibinder.newSetBinder(binder(), PermissionMapping.class)
        .addBinding()
        .to(S3Permissions.class);
    // Issue 6 (ACCESS): ACLs, Object Ownership, Block Public Access, bucket policies; and the
    // bucket policy + ACL grants access control evaluates (issue 7).
    for (String verb : new String[] {"Get", "Put"}) {
      operations.addBinding(verb + "BucketAcl").to(BucketAcl.class);
      operations.addBinding(verb + "ObjectAcl").to(ObjectAcl.class);
    }
    for (String verb : new String[] {"Get", "Put", "Delete"}) {
      operations.addBinding(verb + "BucketOwnershipControls").to(BucketOwnershipControls.class);
      operations.addBinding(verb + "PublicAccessBlock").to(BucketPublicAccessBlock.class);
      operations.addBinding(verb + "BucketPolicy").to(BucketPolicies.class);
    }
    operations.addBinding("GetBucketPolicyStatus").to(BucketPolicies.class);
    Multibinder.newSetBinder(binder(), ResourcePolicies.class)
        .addBinding()
        .to(S3ResourcePolicies.class);
    // Issue 6, slice B: Object Lock (retention, legal hold) and replication configuration.
    for (String verb : new String[] {"Get", "Put"}) {
      operations.addBinding(verb + "ObjectLockConfiguration").to(BucketObjectLock.class);
      operations.addBinding(verb + "ObjectRetention").to(ObjectRetention.class);
      operations.addBinding(verb + "ObjectLegalHold").to(ObjectLegalHold.class);
    }
    for (String verb : new String[] {"Get", "Put", "Delete"}) {
      operations.addBinding(verb + "BucketReplication").to(BucketReplication.class);
    }
    // Issue 6, slice B (MISC): S3 Express sessions and directory buckets, S3 Metadata, ABAC.
    operations.addBinding("CreateSession").to(CreateSession.class);
    operations.addBinding("ListDirectoryBuckets").to(ListDirectoryBuckets.class);
    for (String operation :
        new String[] {
          "CreateBucketMetadataTableConfiguration",
          "GetBucketMetadataTableConfiguration",
          "DeleteBucketMetadataTableConfiguration",
          "CreateBucketMetadataConfiguration",
          "GetBucketMetadataConfiguration",
          "DeleteBucketMetadataConfiguration",
          "UpdateBucketMetadataJournalTableConfiguration",
          "UpdateBucketMetadataInventoryTableConfiguration",
          "UpdateBucketMetadataAnnotationTableConfiguration"
        }) {
      operations.addBinding(operation).to(BucketMetadata.class);
    }
    operations.addBinding("PutBucketAbac").to(BucketAbac.class);
    operations.addBinding("GetBucketAbac").to(BucketAbac.class);
    operations.addBinding("UpdateObjectEncryption").to(UpdateObjectEncryption.class);
    operations.addBinding("WriteGetObjectResponse").to(WriteGetObjectResponse.class);
    for (String operation :
        new String[] {
          "PutObjectAnnotation",
          "GetObjectAnnotation",
          "ListObjectAnnotations",
          "DeleteObjectAnnotation"
        }) {
      operations.addBinding(operation).to(ObjectAnnotations.class);
    }
  }

  @Provides
  @Singleton
  S3Routes routes() {
    return S3Routes.load();
  }

  /**
   * Object bodies: up to 1 MiB in memory, beyond it in temporary files under {@code
   * java.io.tmpdir}, one directory per server; released as objects are replaced, deleted or reset,
   * and the directory deleted at JVM exit.
   */
  @Provides
  @Singleton
  BlobStore blobStore(MotoConfig config) {
    return BlobDirectories.temporary(BlobDirectories.memoryThreshold(config));
  }
}
