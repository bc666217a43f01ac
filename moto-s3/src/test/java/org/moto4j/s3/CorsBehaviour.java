package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.GetBucketCorsResponse;

/**
 * PutBucketCors, GetBucketCors and DeleteBucketCors through the AWS SDK, run once per addressing
 * style: the rules as stored and S3's checks of them. Preflights: {@code CorsPreflightWireTest}.
 */
abstract class CorsBehaviour extends TwoAccountFixture {

  static final String BUCKET = "site";

  static final CORSRule SITE =
      CORSRule.builder()
          .id("site")
          .allowedOrigins("https://*.example.com")
          .allowedMethods("GET", "PUT")
          .allowedHeaders("x-amz-*", "content-type")
          .exposeHeaders("ETag", "x-amz-version-id")
          .maxAgeSeconds(600)
          .build();

  static final CORSRule EVERYONE =
      CORSRule.builder().allowedOrigins("*").allowedMethods("HEAD").build();

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void rules_are_put_read_back_as_given_and_deleted() {
    assertError(
        () -> s3.getBucketCors(b -> b.bucket(BUCKET)),
        404,
        "NoSuchCORSConfiguration",
        "The CORS configuration does not exist");
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(SITE, EVERYONE)));

    GetBucketCorsResponse cors = s3.getBucketCors(b -> b.bucket(BUCKET));
    assertThat(cors.corsRules()).containsExactly(SITE, EVERYONE);

    s3.deleteBucketCors(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketCors(b -> b.bucket(BUCKET)),
        404,
        "NoSuchCORSConfiguration",
        "The CORS configuration does not exist");
    s3.deleteBucketCors(b -> b.bucket(BUCKET));
  }

  @Test
  void a_put_replaces_every_rule() {
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(SITE, EVERYONE)));
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(EVERYONE)));
    assertThat(s3.getBucketCors(b -> b.bucket(BUCKET)).corsRules()).containsExactly(EVERYONE);
  }

  @Test
  void an_unsupported_method_is_InvalidRequest_and_changes_nothing() {
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(EVERYONE)));
    CORSRule patch = SITE.toBuilder().allowedMethods("GET", "PATCH").build();
    assertError(
        () -> s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(patch))),
        400,
        "InvalidRequest",
        "Found unsupported HTTP method in CORS config. Unsupported method is PATCH");
    assertThat(s3.getBucketCors(b -> b.bucket(BUCKET)).corsRules()).containsExactly(EVERYONE);
  }

  @Test
  void an_origin_with_two_wildcards_is_InvalidRequest() {
    CORSRule twice = EVERYONE.toBuilder().allowedOrigins("https://*.*.example.com").build();
    assertError(
        () -> s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(twice))),
        400,
        "InvalidRequest",
        "AllowedOrigin \"https://*.*.example.com\" can not have more than one wildcard.");
  }

  @Test
  void no_rule_or_more_than_100_rules_is_MalformedXML() {
    List<CORSRule> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(EVERYONE.toBuilder().id("rule-" + i).build());
    }
    String malformed =
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema";
    assertError(
        () -> s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(many))),
        400,
        "MalformedXML",
        malformed);
    assertError(
        () ->
            s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(List.of()))),
        400,
        "MalformedXML",
        malformed);
    s3.putBucketCors(
        b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(many.subList(0, 100))));
    assertThat(s3.getBucketCors(b -> b.bucket(BUCKET)).corsRules()).hasSize(100);
  }

  @Test
  void another_account_can_neither_read_nor_change_the_rules() {
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(SITE)));
    assertError(
        () -> other.getBucketCors(b -> b.bucket(BUCKET)), 403, "AccessDenied", "Access Denied");
    assertError(
        () -> other.deleteBucketCors(b -> b.bucket(BUCKET)), 403, "AccessDenied", "Access Denied");
    assertError(
        () ->
            other.putBucketCors(
                b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(EVERYONE))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.getBucketCors(b -> b.bucket(BUCKET)).corsRules()).containsExactly(SITE);
  }

  @Test
  void the_rules_go_with_the_bucket() {
    s3.putBucketCors(b -> b.bucket(BUCKET).corsConfiguration(c -> c.corsRules(SITE)));
    s3.deleteBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketCors(b -> b.bucket(BUCKET)),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
    s3.createBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketCors(b -> b.bucket(BUCKET)),
        404,
        "NoSuchCORSConfiguration",
        "The CORS configuration does not exist");
  }
}
