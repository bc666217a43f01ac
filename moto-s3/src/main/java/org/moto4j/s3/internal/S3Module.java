package org.moto4j.s3.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Routes;
import org.moto4j.s3.internal.buckets.CreateBucket;
import org.moto4j.s3.internal.buckets.DeleteBucket;
import org.moto4j.s3.internal.buckets.GetBucketLocation;
import org.moto4j.s3.internal.buckets.HeadBucket;
import org.moto4j.s3.internal.buckets.ListBuckets;
import org.moto4j.s3.internal.objects.DeleteObject;
import org.moto4j.s3.internal.objects.GetObject;
import org.moto4j.s3.internal.objects.HeadObject;
import org.moto4j.s3.internal.objects.ListObjectsV2;
import org.moto4j.s3.internal.objects.PutObject;

/**
 * Wires S3: the bucket namespace (reset with everything else) and the implemented operations, by
 * the names {@code routes.tsv} routes to. Every other operation answers 501 NotImplemented.
 */
public final class S3Module extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(BucketNamespace.class);

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
    operations.addBinding("ListObjectsV2").to(ListObjectsV2.class);
    operations.addBinding("PutObject").to(PutObject.class);
  }

  @Provides
  @Singleton
  S3Routes routes() {
    return S3Routes.load();
  }
}
