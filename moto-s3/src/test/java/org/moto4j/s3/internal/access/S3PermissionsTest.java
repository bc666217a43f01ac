package org.moto4j.s3.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.testing.SdkRequests;
import org.moto4j.s3.S3Routes;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3's permission mapping: every operation of the model mapped, and the rows of each kind of
 * special case checked on the requests the AWS SDK builds.
 */
class S3PermissionsTest {

  private static final String ACCOUNT = "123456789012";
  private static final String ANOTHER_ACCOUNT = "111111111111";
  private static final String BUCKET = "photos";
  private static final String KEY = "2024/cat.jpg";

  private static MotoServer server;
  private static S3Permissions permissions;
  private static S3Client capturing;
  private static final SdkRequests requests = new SdkRequests();

  @BeforeAll
  static void start() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
            .build()
            .start();
    permissions = server.moto().injector().getInstance(S3Permissions.class);
    capturing = client(null, requests);
    try (S3Client s3 = client(null, null);
        S3Client other = client(ANOTHER_ACCOUNT, null)) {
      s3.createBucket(b -> b.bucket(BUCKET));
      s3.putBucketTagging(
          b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag -> tag.key("env").value("prod"))));
      s3.putObject(
          b -> b.bucket(BUCKET).key(KEY).tagging("team=blue"), RequestBody.fromString("x"));
      other.createBucket(b -> b.bucket("their-bucket"));
    }
  }

  @AfterAll
  static void stop() {
    capturing.close();
    server.close();
  }

  private static S3Client client(String account, SdkRequests interceptor) {
    var builder =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create());
    builder.overrideConfiguration(
        o -> {
          if (account != null) {
            o.putHeader("x-moto-account-id", account);
          }
          if (interceptor != null) {
            o.addExecutionInterceptor(interceptor);
          }
        });
    return builder.build();
  }

  private static List<RequiredPermission> of(Consumer<S3Client> call) {
    return of(requests.of(capturing, call));
  }

  private static List<RequiredPermission> of(MotoRequest request) {
    return permissions.permissionsOf(
        request,
        new AccountContext(
            AccountId.of(ACCOUNT), "us-east-1", "request", "AKIAIOSFODNN7EXAMPLE", null));
  }

  private static String object(String bucket, String key) {
    return "arn:aws:s3:::" + bucket + "/" + key;
  }

  // ---- the model, whole -------------------------------------------------------------------

  @Test
  void every_operation_of_the_model_has_permissions() throws IOException {
    JsonNode model =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("moto.root"), "aws-models", "s3", "service-2.json")
                    .toFile());
    Set<String> unmapped = new TreeSet<>();
    model
        .get("operations")
        .fieldNames()
        .forEachRemaining(
            operation -> {
              if (permissions.table().rowsOf(operation).isEmpty()) {
                unmapped.add(operation);
              }
            });
    assertThat(unmapped).as("operations without a row in permissions.tsv").isEmpty();
    assertThat(model.get("operations").size()).isEqualTo(116);
  }

  @Test
  void every_row_names_a_well_formed_action_and_condition_keys_the_mapping_reads() {
    List<String> problems = new ArrayList<>();
    for (String operation : permissions.table().operations()) {
      for (S3PermissionTable.Row row : permissions.table().rowsOf(operation)) {
        if (!row.action().matches("(s3|s3express|s3-object-lambda):[A-Za-z]+")) {
          problems.add(operation + ": " + row.action());
        }
        row.keys().stream()
            .filter(key -> !S3ConditionKeys.knows(key))
            .forEach(key -> problems.add(operation + ": " + key));
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A request of each route's shape is routed as S3Router routes it, and needs permissions. */
  @Test
  void a_request_of_every_routes_shape_maps_to_its_operations_permissions() {
    List<String> problems = new ArrayList<>();
    for (S3Routes.Route route : S3Routes.load().routes()) {
      MotoRequest request = shapeOf(route);
      List<RequiredPermission> needed = of(request);
      boolean routedThere =
          route.deprecated()
              || permissions
                  .operationOf(
                      request,
                      new org.moto4j.s3.S3Addressing(new MotoConfig(Map.of()))
                          .resolve(request.host(), request.rawPath()))
                  .orElse("")
                  .equals(route.operation());
      if (!routedThere || needed.isEmpty()) {
        problems.add(route.operation());
      }
    }
    assertThat(problems).isEmpty();
  }

  private static MotoRequest shapeOf(S3Routes.Route route) {
    String path =
        switch (route.target()) {
          case "root" -> "/";
          case "bucket" -> "/" + BUCKET;
          case "object" -> "/" + BUCKET + "/" + KEY;
          default -> route.target();
        };
    List<String> query = new ArrayList<>();
    route.subResources().forEach(key -> query.add(key.toString()));
    route.query().forEach(name -> query.add(name + "=1"));
    MotoRequest.Builder builder =
        MotoRequest.builder(route.method(), path)
            .rawQuery(String.join("&", query))
            .header("Host", "localhost:5000")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/us-east-1/"
                    + (route.signedAs() == null ? "s3" : route.signedAs())
                    + "/aws4_request, SignedHeaders=host, Signature=0");
    route
        .headers()
        .forEach(
            name ->
                builder.header(
                    name, name.endsWith("copy-source") ? "/" + BUCKET + "/" + KEY : "1"));
    return builder.build();
  }

  // ---- listing ----------------------------------------------------------------------------

  @Test
  void listing_objects_v2_needs_ListBucket_on_the_bucket_with_prefix_delimiter_and_max_keys() {
    List<RequiredPermission> needed =
        of(s3 -> s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("2024/").delimiter("/").maxKeys(7)));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:ListBucket", "arn:aws:s3:::photos"));
    Map<String, ContextValue> keys = needed.get(0).context();
    assertThat(keys.get("s3:prefix")).isEqualTo(ContextValue.string("2024/"));
    assertThat(keys.get("s3:delimiter")).isEqualTo(ContextValue.string("/"));
    assertThat(keys.get("s3:max-keys")).isEqualTo(ContextValue.numeric(7));
    assertThat(keys.get("s3:authType")).isEqualTo(ContextValue.string("REST-HEADER"));
    assertThat(keys.get("s3:signatureversion")).isEqualTo(ContextValue.string("AWS4-HMAC-SHA256"));
    assertThat(keys.get("s3:ResourceAccount")).isEqualTo(ContextValue.string(ACCOUNT));
    assertThat(keys.get("aws:ResourceTag/env")).isEqualTo(ContextValue.string("prod"));
    assertThat(needed.get(0).resourceAccount()).isEqualTo(AccountId.of(ACCOUNT));
  }

  @Test
  void a_listing_without_a_prefix_carries_no_prefix_key() {
    assertThat(of(s3 -> s3.listObjects(b -> b.bucket(BUCKET))).get(0).context())
        .doesNotContainKeys("s3:prefix", "s3:delimiter");
  }

  @Test
  void listing_object_versions_needs_ListBucketVersions() {
    assertThat(of(s3 -> s3.listObjectVersions(b -> b.bucket(BUCKET).prefix("2024/"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:ListBucketVersions", "arn:aws:s3:::photos"));
  }

  @Test
  void listing_buckets_needs_ListAllMyBuckets_on_everything() {
    List<RequiredPermission> needed = of(S3Client::listBuckets);
    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:ListAllMyBuckets", "*"));
    assertThat(needed.get(0).resourceAccount()).isNull();
  }

  @Test
  void heading_a_bucket_needs_ListBucket() {
    assertThat(of(s3 -> s3.headBucket(b -> b.bucket(BUCKET))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:ListBucket");
  }

  // ---- objects ----------------------------------------------------------------------------

  @Test
  void getting_an_object_needs_GetObject_on_it_with_its_existing_tags() {
    List<RequiredPermission> needed = of(s3 -> s3.getObject(b -> b.bucket(BUCKET).key(KEY)));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:GetObject", object(BUCKET, KEY)));
    assertThat(needed.get(0).context())
        .containsEntry("s3:ExistingObjectTag/team", ContextValue.string("blue"))
        .doesNotContainKey("s3:versionid");
  }

  @Test
  void getting_a_version_needs_GetObjectVersion_with_the_version_id() {
    List<RequiredPermission> needed =
        of(s3 -> s3.getObject(b -> b.bucket(BUCKET).key(KEY).versionId("v1")));

    assertThat(needed)
        .extracting(RequiredPermission::action)
        .containsExactly("s3:GetObjectVersion");
    assertThat(needed.get(0).context()).containsEntry("s3:versionid", ContextValue.string("v1"));
  }

  @Test
  void heading_an_object_needs_GetObject() {
    assertThat(of(s3 -> s3.headObject(b -> b.bucket(BUCKET).key(KEY))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:GetObject");
  }

  @Test
  void a_plain_put_needs_PutObject_only() {
    assertThat(
            of(s3 -> s3.putObject(b -> b.bucket(BUCKET).key("new"), RequestBody.fromString("x"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:PutObject", object(BUCKET, "new")));
  }

  @Test
  void a_put_with_tags_and_an_acl_also_needs_PutObjectTagging_and_PutObjectAcl() {
    List<RequiredPermission> needed =
        of(
            s3 ->
                s3.putObject(
                    b ->
                        b.bucket(BUCKET)
                            .key("new")
                            .tagging("team=red&stage=dev")
                            .acl(ObjectCannedACL.PUBLIC_READ)
                            .serverSideEncryption("AES256"),
                    RequestBody.fromString("x")));

    assertThat(needed)
        .extracting(RequiredPermission::action)
        .containsExactly("s3:PutObject", "s3:PutObjectTagging", "s3:PutObjectAcl");
    assertThat(needed.get(0).context())
        .containsEntry("s3:x-amz-acl", ContextValue.string("public-read"))
        .containsEntry("s3:x-amz-server-side-encryption", ContextValue.string("AES256"))
        .containsEntry("s3:RequestObjectTag/team", ContextValue.string("red"))
        .containsEntry("s3:RequestObjectTagKeys", ContextValue.strings(List.of("team", "stage")));
  }

  @Test
  void copying_needs_GetObject_on_the_source_and_PutObject_on_the_target() {
    List<RequiredPermission> needed =
        of(
            s3 ->
                s3.copyObject(
                    b ->
                        b.sourceBucket(BUCKET)
                            .sourceKey(KEY)
                            .destinationBucket("their-bucket")
                            .destinationKey("copy")));

    assertThat(needed)
        .extracting(
            RequiredPermission::action,
            RequiredPermission::resource,
            RequiredPermission::resourceAccount)
        .containsExactly(
            tuple("s3:GetObject", object(BUCKET, KEY), AccountId.of(ACCOUNT)),
            tuple("s3:PutObject", object("their-bucket", "copy"), AccountId.of(ANOTHER_ACCOUNT)));
    assertThat(needed.get(0).context())
        .containsEntry("s3:ExistingObjectTag/team", ContextValue.string("blue"));
  }

  @Test
  void copying_a_version_needs_GetObjectVersion_on_the_source() {
    assertThat(
            of(
                s3 ->
                    s3.copyObject(
                        b ->
                            b.sourceBucket(BUCKET)
                                .sourceKey(KEY)
                                .sourceVersionId("v1")
                                .destinationBucket(BUCKET)
                                .destinationKey("copy"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:GetObjectVersion", "s3:PutObject");
  }

  @Test
  void deleting_an_object_or_a_version_needs_DeleteObject_or_DeleteObjectVersion() {
    assertThat(of(s3 -> s3.deleteObject(b -> b.bucket(BUCKET).key(KEY))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:DeleteObject");
    assertThat(of(s3 -> s3.deleteObject(b -> b.bucket(BUCKET).key(KEY).versionId("v1"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:DeleteObjectVersion");
  }

  @Test
  void deleting_several_objects_needs_DeleteObject_on_each_key() {
    List<RequiredPermission> needed =
        of(
            s3 ->
                s3.deleteObjects(
                    b ->
                        b.bucket(BUCKET)
                            .delete(
                                d ->
                                    d.objects(
                                        o -> o.key("a/1"),
                                        o -> o.key("b & c"),
                                        o -> o.key("old").versionId("v9")))));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(
            tuple("s3:DeleteObject", object(BUCKET, "a/1")),
            tuple("s3:DeleteObject", object(BUCKET, "b & c")),
            tuple("s3:DeleteObjectVersion", object(BUCKET, "old")));
    assertThat(needed.get(2).context()).containsEntry("s3:versionid", ContextValue.string("v9"));
  }

  @Test
  void deleting_several_objects_with_a_body_s3_cannot_read_needs_DeleteObject_on_all() {
    MotoRequest malformed =
        MotoRequest.builder("POST", "/" + BUCKET)
            .rawQuery("delete")
            .header("Host", "localhost")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/"
                    + "us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0")
            .body("<Delete><Object><Key>a</Key>")
            .build();

    assertThat(of(malformed))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:DeleteObject", "arn:aws:s3:::photos/*"));
  }

  @Test
  void the_deleted_objects_body_is_still_whole_for_the_operation() throws IOException {
    MotoRequest request =
        requests.of(
            capturing,
            s3 -> s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(o -> o.key("a")))));
    of(request);
    assertThat(new String(request.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<Key>a</Key>");
  }

  @Test
  void multipart_uploads_need_PutObject_AbortMultipartUpload_and_ListMultipartUploadParts() {
    assertThat(of(s3 -> s3.createMultipartUpload(b -> b.bucket(BUCKET).key("big"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:PutObject");
    assertThat(
            of(
                s3 ->
                    s3.uploadPart(
                        b -> b.bucket(BUCKET).key("big").uploadId("u").partNumber(1),
                        RequestBody.fromString("x"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:PutObject");
    assertThat(
            of(
                s3 ->
                    s3.completeMultipartUpload(
                        b ->
                            b.bucket(BUCKET)
                                .key("big")
                                .uploadId("u")
                                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag("e"))))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:PutObject");
    assertThat(of(s3 -> s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("big").uploadId("u"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("s3:AbortMultipartUpload", object(BUCKET, "big")));
    assertThat(of(s3 -> s3.listParts(b -> b.bucket(BUCKET).key("big").uploadId("u"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:ListMultipartUploadParts");
    assertThat(of(s3 -> s3.listMultipartUploads(b -> b.bucket(BUCKET))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:ListBucketMultipartUploads");
    assertThat(
            of(
                s3 ->
                    s3.uploadPartCopy(
                        b ->
                            b.sourceBucket(BUCKET)
                                .sourceKey(KEY)
                                .destinationBucket(BUCKET)
                                .destinationKey("big")
                                .uploadId("u")
                                .partNumber(1))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(
            tuple("s3:GetObject", object(BUCKET, KEY)),
            tuple("s3:PutObject", object(BUCKET, "big")));
  }

  @Test
  void object_tagging_needs_the_tagging_actions_with_the_existing_tags() {
    List<RequiredPermission> needed =
        of(
            s3 ->
                s3.putObjectTagging(
                    b ->
                        b.bucket(BUCKET)
                            .key(KEY)
                            .tagging(t -> t.tagSet(tag -> tag.key("team").value("red")))));
    assertThat(needed)
        .extracting(RequiredPermission::action)
        .containsExactly("s3:PutObjectTagging");
    assertThat(needed.get(0).context())
        .containsEntry("s3:ExistingObjectTag/team", ContextValue.string("blue"));
    assertThat(of(s3 -> s3.getObjectTagging(b -> b.bucket(BUCKET).key(KEY).versionId("v1"))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:GetObjectVersionTagging");
    assertThat(of(s3 -> s3.deleteObjectTagging(b -> b.bucket(BUCKET).key(KEY))))
        .extracting(RequiredPermission::action)
        .containsExactly("s3:DeleteObjectTagging");
  }

  // ---- buckets ----------------------------------------------------------------------------

  @Test
  void creating_a_bucket_needs_CreateBucket_judged_in_the_callers_account() {
    List<RequiredPermission> needed = of(s3 -> s3.createBucket(b -> b.bucket("fresh")));
    assertThat(needed)
        .extracting(
            RequiredPermission::action,
            RequiredPermission::resource,
            RequiredPermission::resourceAccount)
        .containsExactly(tuple("s3:CreateBucket", "arn:aws:s3:::fresh", null));
  }

  @Test
  void creating_a_bucket_with_an_acl_and_object_lock_needs_the_extra_permissions() {
    assertThat(
            of(
                s3 ->
                    s3.createBucket(
                        b ->
                            b.bucket("fresh")
                                .acl("private")
                                .objectLockEnabledForBucket(true)
                                .objectOwnership("BucketOwnerPreferred"))))
        .extracting(RequiredPermission::action)
        .containsExactly(
            "s3:CreateBucket",
            "s3:PutBucketAcl",
            "s3:PutBucketObjectLockConfiguration",
            "s3:PutBucketVersioning",
            "s3:PutBucketOwnershipControls");
  }

  @Test
  void bucket_configurations_need_the_actions_the_reference_names_not_the_operations() {
    Map<String, Consumer<S3Client>> calls = new java.util.LinkedHashMap<>();
    calls.put(
        "s3:PutLifecycleConfiguration",
        s3 ->
            s3.putBucketLifecycleConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .lifecycleConfiguration(
                            l ->
                                l.rules(
                                    r ->
                                        r.id("r")
                                            .status("Enabled")
                                            .filter(f -> f.prefix(""))
                                            .expiration(e -> e.days(1))))));
    calls.put(
        "s3:GetLifecycleConfiguration",
        s3 -> s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)));
    calls.put("s3:GetEncryptionConfiguration", s3 -> s3.getBucketEncryption(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:PutEncryptionConfiguration", s3 -> s3.deleteBucketEncryption(b -> b.bucket(BUCKET)));
    calls.put("s3:PutBucketCORS", s3 -> s3.deleteBucketCors(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:GetBucketNotification",
        s3 -> s3.getBucketNotificationConfiguration(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:GetBucketObjectLockConfiguration",
        s3 -> s3.getObjectLockConfiguration(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:GetBucketPublicAccessBlock", s3 -> s3.getPublicAccessBlock(b -> b.bucket(BUCKET)));
    calls.put("s3:PutBucketTagging", s3 -> s3.deleteBucketTagging(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:GetMetricsConfiguration",
        s3 -> s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET)));
    calls.put(
        "s3:GetReplicationConfiguration", s3 -> s3.getBucketReplication(b -> b.bucket(BUCKET)));

    calls.forEach(
        (action, call) ->
            assertThat(of(call))
                .extracting(RequiredPermission::action, RequiredPermission::resource)
                .containsExactly(tuple(action, "arn:aws:s3:::photos")));
  }

  @Test
  void a_bucket_of_another_account_is_judged_in_its_owners_account() {
    List<RequiredPermission> needed = of(s3 -> s3.getBucketAcl(b -> b.bucket("their-bucket")));
    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resourceAccount)
        .containsExactly(tuple("s3:GetBucketAcl", AccountId.of(ANOTHER_ACCOUNT)));
    assertThat(needed.get(0).context())
        .containsEntry("s3:ResourceAccount", ContextValue.string(ANOTHER_ACCOUNT));
  }

  @Test
  void a_bucket_that_does_not_exist_has_no_resource_account() {
    assertThat(of(s3 -> s3.getObject(b -> b.bucket("nowhere").key("k"))))
        .extracting(RequiredPermission::resourceAccount)
        .containsOnlyNulls();
  }

  // ---- how the request is signed ----------------------------------------------------------

  @Test
  void a_presigned_url_is_a_query_string_request() {
    URI url;
    try (S3Presigner presigner =
        S3Presigner.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(server.endpoint())
            .serviceConfiguration(
                software.amazon.awssdk.services.s3.S3Configuration.builder()
                    .pathStyleAccessEnabled(true)
                    .build())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
            .build()) {
      url =
          URI.create(
              presigner
                  .presignGetObject(
                      p ->
                          p.signatureDuration(Duration.ofMinutes(5))
                              .getObjectRequest(g -> g.bucket(BUCKET).key(KEY)))
                  .url()
                  .toString());
    }
    MotoRequest request =
        MotoRequest.builder("GET", url.getRawPath())
            .rawQuery(url.getRawQuery())
            .header("Host", url.getHost() + ":" + url.getPort())
            .build();

    List<RequiredPermission> needed = of(request);

    assertThat(needed).extracting(RequiredPermission::action).containsExactly("s3:GetObject");
    assertThat(needed.get(0).context())
        .containsEntry("s3:authType", ContextValue.string("REST-QUERY-STRING"))
        .containsEntry("s3:signatureversion", ContextValue.string("AWS4-HMAC-SHA256"));
  }

  @Test
  void a_cors_preflight_needs_no_permission() {
    MotoRequest preflight =
        MotoRequest.builder("OPTIONS", "/" + BUCKET + "/" + KEY)
            .header("Host", "localhost")
            .header("Origin", "https://example.com")
            .header("Access-Control-Request-Method", "GET")
            .build();
    assertThat(of(preflight)).isEmpty();
  }
}
