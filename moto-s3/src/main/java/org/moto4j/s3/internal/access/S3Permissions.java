package org.moto4j.s3.internal.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Addressing;
import org.moto4j.s3.S3Routes;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.RequestRoute;
import org.moto4j.s3.internal.access.S3PermissionTable.Row;
import org.moto4j.s3.internal.access.S3PermissionTable.When;
import org.moto4j.s3.internal.objects.CopySource;
import org.moto4j.s3.internal.tagging.BucketTags;

/**
 * The IAM permissions of an S3 request: routed to its operation as {@code S3Router} routes it
 * ({@link S3Routes}), then mapped by {@link S3PermissionTable}. Each permission's resource account
 * is the owner of the bucket it names ({@code null} while the bucket does not exist, so that
 * CreateBucket and requests for missing buckets are judged in the caller's account).
 */
@Singleton
public final class S3Permissions implements PermissionMapping {

  private final S3Addressing addressing;
  private final S3Routes routes;
  private final BucketNamespace buckets;
  private final S3PermissionTable table;

  @Inject
  public S3Permissions(S3Addressing addressing, S3Routes routes, BucketNamespace buckets) {
    this(addressing, routes, buckets, S3PermissionTable.load());
  }

  S3Permissions(
      S3Addressing addressing, S3Routes routes, BucketNamespace buckets, S3PermissionTable table) {
    this.addressing = addressing;
    this.routes = routes;
    this.buckets = buckets;
    this.table = table;
  }

  @Override
  public String service() {
    return "s3";
  }

  /** The operation a request routes to, as {@code S3Router} routes it; empty if none. */
  public Optional<String> operationOf(MotoRequest request, S3Address address) {
    S3Routes.Route route = RequestRoute.of(routes, request, address);
    return Optional.ofNullable(route).map(S3Routes.Route::operation);
  }

  @Override
  public List<RequiredPermission> permissionsOf(MotoRequest request, AccountContext context) {
    // A CORS preflight is answered from the bucket's CORS rules, unauthenticated, as S3 does.
    if (request.method().equals("OPTIONS")) {
      return List.of();
    }
    S3Address address = addressing.resolve(request.host(), request.rawPath());
    Optional<String> operation = operationOf(request, address);
    if (operation.isEmpty()) {
      return List.of();
    }
    Target target = new Target(request, address, context);
    List<RequiredPermission> permissions = new ArrayList<>();
    for (Row row : table.rowsOf(operation.get())) {
      if (applies(row.when(), request, target)) {
        target.permissionsOf(row, permissions);
      }
    }
    return permissions;
  }

  private static boolean applies(When when, MotoRequest request, Target target) {
    boolean carried =
        switch (when.kind()) {
          case "always" -> true;
          case "query" -> request.query().containsKey(when.name());
          case "header" -> {
            String value = request.header(when.name());
            yield value != null && (when.value() == null || when.value().equalsIgnoreCase(value));
          }
          case "acl" -> S3ConditionKeys.hasAclHeader(request);
          case "source-version" ->
              target.copySource().map(s -> s.versionId() != null).orElse(false);
          default -> throw new IllegalStateException("Unknown condition " + when.kind());
        };
    return carried != when.negated();
  }

  /** What one request addresses, looked up once for all its rows. */
  private final class Target {
    private final MotoRequest request;
    private final S3Address address;
    private final String partition;
    private final String region;
    private final AccountId caller;
    private Optional<Bucket> bucket;
    private Optional<CopySource> copySource;

    Target(MotoRequest request, S3Address address, AccountContext context) {
      this.request = request;
      this.address = address;
      this.partition = context.partition();
      this.region = context.region();
      this.caller = context.account();
    }

    Optional<Bucket> bucket() {
      if (bucket == null) {
        bucket = buckets.find(address.bucket()).filter(b -> !b.isDeleted());
      }
      return bucket;
    }

    Optional<CopySource> copySource() {
      if (copySource == null) {
        String header = request.header(CopySource.HEADER);
        // A malformed source is refused by the operation itself, with S3's own error.
        copySource = Optional.empty();
        if (header != null) {
          try {
            copySource = Optional.of(CopySource.parse(header));
          } catch (AwsException e) {
            copySource = Optional.empty();
          }
        }
      }
      return copySource;
    }

    void permissionsOf(Row row, List<RequiredPermission> out) {
      String versionId = request.queryParameter("versionId");
      switch (row.resource()) {
        case ANY -> out.add(permission(row, "*", Optional.empty(), null, null, Map.of()));
        case BUCKET ->
            out.add(
                permission(row, bucketArn(address.bucket()), bucket(), null, null, bucketTags()));
        case BUCKET_OBJECTS ->
            out.add(
                permission(
                    row, bucketArn(address.bucket()) + "/*", bucket(), null, null, bucketTags()));
        case OBJECT ->
            out.add(
                permission(
                    row,
                    bucketArn(address.bucket()) + "/" + address.key(),
                    bucket(),
                    versionId,
                    tagsOf(bucket(), address.key(), versionId),
                    bucketTags()));
        case SOURCE_OBJECT -> {
          Optional<CopySource> source = copySource();
          if (source.isEmpty()) {
            return;
          }
          Optional<Bucket> sourceBucket = buckets.find(source.get().bucket());
          out.add(
              permission(
                  row,
                  bucketArn(source.get().bucket()) + "/" + source.get().key(),
                  sourceBucket,
                  source.get().versionId(),
                  tagsOf(sourceBucket, source.get().key(), source.get().versionId()),
                  sourceBucket.map(S3Permissions::tagsOf).orElse(Map.of())));
        }
        case EACH_KEY -> {
          Optional<List<DeletedObjects.Entry>> entries = DeletedObjects.read(request);
          if (entries.isEmpty()) {
            out.add(
                permission(
                    row, bucketArn(address.bucket()) + "/*", bucket(), null, null, bucketTags()));
            return;
          }
          for (DeletedObjects.Entry entry : entries.get()) {
            Row perKey =
                entry.versionId() == null
                    ? row
                    : new Row(
                        row.operation(),
                        "s3:DeleteObjectVersion",
                        row.resource(),
                        row.when(),
                        List.of("s3:versionid"));
            out.add(
                permission(
                    perKey,
                    bucketArn(address.bucket()) + "/" + entry.key(),
                    bucket(),
                    entry.versionId(),
                    null,
                    bucketTags()));
          }
        }
        case EXPRESS_BUCKET -> {
          AccountId owner = bucket().map(Bucket::owner).orElse(caller);
          String arn =
              "arn:"
                  + partition
                  + ":s3express:"
                  + region
                  + ":"
                  + owner.value()
                  + ":bucket/"
                  + address.bucket();
          out.add(permission(row, arn, bucket(), null, null, Map.of()));
        }
      }
    }

    private Map<String, String> bucketTags() {
      return bucket().map(S3Permissions::tagsOf).orElse(Map.of());
    }

    private String bucketArn(String name) {
      return "arn:" + partition + ":s3:::" + name;
    }

    private RequiredPermission permission(
        Row row,
        String resource,
        Optional<Bucket> owner,
        String versionId,
        Map<String, String> existingTags,
        Map<String, String> resourceTags) {
      Map<String, ContextValue> context = new HashMap<>();
      S3ConditionKeys.putCommon(request, context);
      for (String key : row.keys()) {
        S3ConditionKeys.put(key, request, versionId, existingTags, context);
      }
      AccountId account = owner.map(Bucket::owner).orElse(null);
      if (account != null) {
        context.put("s3:ResourceAccount", ContextValue.string(account.value()));
      }
      resourceTags.forEach(
          (tag, value) -> context.put("aws:ResourceTag/" + tag, ContextValue.string(value)));
      return new RequiredPermission(row.action(), resource, account, context);
    }
  }

  private static Map<String, String> tagsOf(Bucket bucket) {
    return bucket.configurations().get(BucketTags.KIND).map(BucketTags::tags).orElse(Map.of());
  }

  /** The object's tags as they stand, or {@code null} when the object (version) is not known. */
  private static Map<String, String> tagsOf(Optional<Bucket> bucket, String key, String versionId) {
    if (bucket.isEmpty() || key == null) {
      return null;
    }
    StoredObject object = bucket.get().objects().get(key);
    if (object == null || (versionId != null && !versionId.equals(object.versionId()))) {
      return null;
    }
    return object.attributes().tags();
  }

  /** The table it maps with (for tests). */
  S3PermissionTable table() {
    return table;
  }
}
