package org.moto4j.s3.internal;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.OperationNames;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Addressing;
import org.moto4j.s3.S3Routes;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.multipart.MultipartUpload;
import org.moto4j.s3.internal.multipart.MultipartUploads;

/**
 * What S3 gives core's control plane and request log: its buckets, objects and multipart uploads
 * for {@code /moto-api/data.json} (under moto's model names), and the operation a request was
 * routed to.
 */
public final class S3ControlPlaneModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), ResourceInventory.class).addBinding().to(Inventory.class);
    Multibinder.newSetBinder(binder(), OperationNames.class).addBinding().to(Operations.class);
  }

  /** Buckets ({@code FakeBucket}), objects ({@code FakeKey}), uploads ({@code FakeMultipart}). */
  @Singleton
  static final class Inventory implements ResourceInventory {
    private final BucketNamespace buckets;
    private final MultipartUploads uploads;

    @Inject
    Inventory(BucketNamespace buckets, MultipartUploads uploads) {
      this.buckets = buckets;
      this.uploads = uploads;
    }

    @Override
    public String service() {
      return "s3";
    }

    @Override
    public List<ModelInstance> instances() {
      List<ModelInstance> instances = new ArrayList<>();
      for (Bucket bucket : buckets.all()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", bucket.name());
        attributes.put("arn", "arn:aws:s3:::" + bucket.name());
        attributes.put("region_name", bucket.region());
        attributes.put("creation_date", bucket.creationDate().toString());
        attributes.put("key_count", bucket.objects().size());
        instances.add(new ModelInstance("FakeBucket", bucket.owner(), attributes));
        for (StoredObject object : bucket.objects().values()) {
          instances.add(new ModelInstance("FakeKey", bucket.owner(), key(bucket, object)));
        }
        for (MultipartUpload upload : uploads.ordered(bucket).values()) {
          Map<String, Object> multipart = new LinkedHashMap<>();
          multipart.put("bucket_name", bucket.name());
          multipart.put("key_name", upload.key());
          multipart.put("id", upload.id());
          multipart.put("initiated", upload.initiated().toString());
          instances.add(new ModelInstance("FakeMultipart", bucket.owner(), multipart));
        }
      }
      return instances;
    }

    private static Map<String, Object> key(Bucket bucket, StoredObject object) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("bucket_name", bucket.name());
      attributes.put("name", object.key());
      attributes.put("size", object.size());
      attributes.put("etag", object.etag());
      attributes.put("last_modified", object.lastModified().toString());
      attributes.put("content_type", object.attributes().contentType());
      attributes.put("storage_class", object.storageClass().toString());
      attributes.put("version_id", object.versionId());
      attributes.put("metadata", object.attributes().userMetadata());
      attributes.put("tags", object.attributes().tags());
      return attributes;
    }
  }

  /** The operation {@link S3Routes} routes a request to, as {@link S3Router} does. */
  @Singleton
  static final class Operations implements OperationNames {
    private final S3Addressing addressing;
    private final S3Routes routes;

    @Inject
    Operations(S3Addressing addressing, S3Routes routes) {
      this.addressing = addressing;
      this.routes = routes;
    }

    @Override
    public String service() {
      return "s3";
    }

    @Override
    public Optional<String> operationOf(MotoRequest request) {
      S3Address address = addressing.resolve(request.host(), request.rawPath());
      S3Routes.Route route = RequestRoute.of(routes, request, address);
      return Optional.ofNullable(route).map(S3Routes.Route::operation);
    }
  }
}
