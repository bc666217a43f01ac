package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Bucket basics through the AWS SDK, run once per addressing style. */
abstract class BucketBehaviour {

  static MotoServer server;
  S3Client s3;
  S3Client other;
  S3Client ireland;

  abstract S3TestServer.Style style();

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void clients() {
    server.moto().reset();
    s3 = S3TestServer.client(server, style());
    other = S3TestServer.client(server, style(), "us-east-1", ANOTHER_ACCOUNT);
    ireland = S3TestServer.client(server, style(), "eu-west-1", null);
  }

  @Test
  void a_created_bucket_can_be_headed_listed_located_and_deleted() {
    CreateBucketResponse created = s3.createBucket(b -> b.bucket("photos"));
    assertThat(created.location()).isEqualTo("/photos");

    HeadBucketResponse head = s3.headBucket(b -> b.bucket("photos"));
    assertThat(head.bucketRegion()).isEqualTo("us-east-1");
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("photos");
    assertThat(s3.getBucketLocation(b -> b.bucket("photos")).locationConstraintAsString())
        .isEmpty();

    s3.deleteBucket(b -> b.bucket("photos"));
    assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("photos")))
        .isInstanceOf(NoSuchBucketException.class);
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  @Test
  void a_bucket_in_another_region_reports_that_region() {
    CreateBucketResponse created = ireland.createBucket(b -> b.bucket("dublin"));
    assertThat(created.location()).isEqualTo("http://dublin.s3.amazonaws.com/");
    assertThat(s3.headBucket(b -> b.bucket("dublin")).bucketRegion()).isEqualTo("eu-west-1");
    assertThat(ireland.getBucketLocation(b -> b.bucket("dublin")).locationConstraintAsString())
        .isEqualTo("eu-west-1");
  }

  @Test
  void the_us_east_1_endpoint_creates_buckets_in_any_region() {
    s3.createBucket(
        b -> b.bucket("from-virginia").createBucketConfiguration(c -> c.locationConstraint("EU")));
    assertThat(s3.headBucket(b -> b.bucket("from-virginia")).bucketRegion()).isEqualTo("eu-west-1");
    assertThat(s3.getBucketLocation(b -> b.bucket("from-virginia")).locationConstraintAsString())
        .isEqualTo("EU");
  }

  @Test
  void creating_a_bucket_owned_by_another_account_fails_with_BucketAlreadyExists() {
    s3.createBucket(b -> b.bucket("taken"));
    assertThatThrownBy(() -> other.createBucket(b -> b.bucket("taken")))
        .isInstanceOfSatisfying(
            BucketAlreadyExistsException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith("The requested bucket name is not available.");
            });
    assertThat(other.listBuckets().buckets()).isEmpty();
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("taken");
  }

  @Test
  void re_creating_ones_own_us_east_1_bucket_succeeds_and_changes_nothing() {
    s3.createBucket(b -> b.bucket("again"));
    s3.putObject(b -> b.bucket("again").key("k"), RequestBody.fromString("kept"));
    s3.createBucket(b -> b.bucket("again"));
    assertThat(s3.listObjectsV2(b -> b.bucket("again")).keyCount()).isEqualTo(1);
  }

  @Test
  void re_creating_ones_own_bucket_outside_us_east_1_fails_with_BucketAlreadyOwnedByYou() {
    ireland.createBucket(b -> b.bucket("twice"));
    assertThatThrownBy(() -> ireland.createBucket(b -> b.bucket("twice")))
        .isInstanceOfSatisfying(
            BucketAlreadyOwnedByYouException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "Your previous request to create the named bucket succeeded and you"
                            + " already own it."));
  }

  @Test
  void an_explicit_us_east_1_constraint_is_InvalidLocationConstraint() {
    assertError(
        () ->
            s3.createBucket(
                b ->
                    b.bucket("explicit")
                        .createBucketConfiguration(c -> c.locationConstraint("us-east-1"))),
        400,
        "InvalidLocationConstraint",
        "The specified location-constraint is not valid");
    assertError(
        () ->
            s3.createBucket(
                b ->
                    b.bucket("martian")
                        .createBucketConfiguration(c -> c.locationConstraint("mars-north-1"))),
        400,
        "InvalidLocationConstraint",
        "The specified location-constraint is not valid");
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  @Test
  void a_constraint_for_another_region_than_the_endpoints_is_IllegalLocationConstraint() {
    assertError(
        () ->
            ireland.createBucket(
                b ->
                    b.bucket("elsewhere")
                        .createBucketConfiguration(c -> c.locationConstraint("eu-west-2"))),
        400,
        "IllegalLocationConstraintException",
        "The eu-west-2 location constraint is incompatible for the region specific endpoint this"
            + " request was sent to.");
  }

  @Test
  void listing_shows_the_callers_buckets_in_name_order_with_the_owner() {
    for (String name : List.of("cherry", "apple", "banana")) {
      s3.createBucket(b -> b.bucket(name));
    }
    other.createBucket(b -> b.bucket("elsewhere-owned"));
    ListBucketsResponse list = s3.listBuckets();
    assertThat(list.buckets())
        .extracting(Bucket::name)
        .containsExactly("apple", "banana", "cherry");
    assertThat(list.buckets()).allSatisfy(b -> assertThat(b.creationDate()).isNotNull());
    assertThat(list.owner().id()).isEqualTo(CanonicalIds.of(AccountId.DEFAULT)).hasSize(64);
    assertThat(other.listBuckets().owner().id())
        .isEqualTo(CanonicalIds.of(AccountId.of(ANOTHER_ACCOUNT)));
    assertThat(list.continuationToken()).isNull();
    assertThat(list.buckets()).allSatisfy(b -> assertThat(b.bucketRegion()).isNull());
  }

  @Test
  void listing_pages_through_max_buckets_with_continuation_tokens() {
    for (int i = 1; i <= 5; i++) {
      String name = "bucket-" + i;
      s3.createBucket(b -> b.bucket(name));
    }
    ListBucketsResponse first = s3.listBuckets(b -> b.maxBuckets(2));
    assertThat(first.buckets()).extracting(Bucket::name).containsExactly("bucket-1", "bucket-2");
    assertThat(first.continuationToken()).isNotBlank();
    assertThat(first.buckets())
        .allSatisfy(b -> assertThat(b.bucketRegion()).isEqualTo("us-east-1"));
    ListBucketsResponse second =
        s3.listBuckets(b -> b.maxBuckets(2).continuationToken(first.continuationToken()));
    assertThat(second.buckets()).extracting(Bucket::name).containsExactly("bucket-3", "bucket-4");

    List<String> all =
        s3.listBucketsPaginator(b -> b.maxBuckets(2)).buckets().stream().map(Bucket::name).toList();
    assertThat(all).containsExactly("bucket-1", "bucket-2", "bucket-3", "bucket-4", "bucket-5");
  }

  @Test
  void listing_filters_by_prefix_and_bucket_region() {
    s3.createBucket(b -> b.bucket("logs-a"));
    s3.createBucket(b -> b.bucket("logs-b"));
    s3.createBucket(b -> b.bucket("media"));
    ireland.createBucket(b -> b.bucket("logs-eu"));

    ListBucketsResponse logs = s3.listBuckets(b -> b.prefix("logs-"));
    assertThat(logs.prefix()).isEqualTo("logs-");
    assertThat(logs.buckets())
        .extracting(Bucket::name)
        .containsExactly("logs-a", "logs-b", "logs-eu");

    ListBucketsResponse irish = s3.listBuckets(b -> b.bucketRegion("eu-west-1"));
    assertThat(irish.buckets()).extracting(Bucket::name).containsExactly("logs-eu");
    assertThat(irish.buckets().get(0).bucketRegion()).isEqualTo("eu-west-1");

    ListBucketsResponse both = s3.listBuckets(b -> b.prefix("logs-").bucketRegion("us-east-1"));
    assertThat(both.buckets()).extracting(Bucket::name).containsExactly("logs-a", "logs-b");
  }

  @Test
  void max_buckets_outside_1_to_10000_is_InvalidArgument() {
    assertError(
        () -> s3.listBuckets(b -> b.maxBuckets(0)),
        400,
        "InvalidArgument",
        "Argument max-buckets must be an integer between 1 and 10000");
    assertError(
        () -> s3.listBuckets(b -> b.maxBuckets(10_001)),
        400,
        "InvalidArgument",
        "Argument max-buckets must be an integer between 1 and 10000");
  }

  @Test
  void a_bucket_with_objects_cannot_be_deleted_until_emptied() {
    s3.createBucket(b -> b.bucket("full"));
    s3.putObject(b -> b.bucket("full").key("a"), RequestBody.fromString("x"));
    assertError(
        () -> s3.deleteBucket(b -> b.bucket("full")),
        409,
        "BucketNotEmpty",
        "The bucket you tried to delete is not empty");
    s3.deleteObject(b -> b.bucket("full").key("a"));
    s3.deleteBucket(b -> b.bucket("full"));
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  @Test
  void deleting_a_missing_bucket_is_NoSuchBucket() {
    assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("never")))
        .isInstanceOfSatisfying(
            NoSuchBucketException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The specified bucket does not exist"));
  }

  @Test
  void another_account_sees_a_bucket_but_cannot_delete_it() {
    s3.createBucket(b -> b.bucket("guarded"));
    assertThat(other.headBucket(b -> b.bucket("guarded")).bucketRegion()).isEqualTo("us-east-1");
    assertError(
        () -> other.deleteBucket(b -> b.bucket("guarded")), 403, "AccessDenied", "Access Denied");
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("guarded");
  }

  @Test
  void resetting_one_account_frees_its_names_and_keeps_the_others() {
    s3.createBucket(b -> b.bucket("mine"));
    other.createBucket(b -> b.bucket("theirs"));
    server.moto().reset(AccountId.of(ANOTHER_ACCOUNT));
    assertThat(other.listBuckets().buckets()).isEmpty();
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("mine");
    s3.createBucket(b -> b.bucket("theirs"));
  }

  @Test
  void the_request_id_of_an_error_is_the_one_in_the_headers() {
    assertThatThrownBy(() -> s3.getBucketLocation(b -> b.bucket("absent")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.requestId()).matches("[0-9A-F]{16}");
              assertThat(e.extendedRequestId()).isNotBlank();
            });
  }

  @Test
  void a_raw_unsigned_request_acts_in_the_account_its_header_names() {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/raw-bucket")
                .header("x-moto-account-id", ANOTHER_ACCOUNT)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(other.listBuckets().buckets())
        .extracting(Bucket::name)
        .containsExactly("raw-bucket");
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  static void assertError(Runnable call, int status, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }
}
