package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.http.QueryString;
import org.moto4j.s3.S3Address.Target;
import org.moto4j.s3.S3Routes.QueryKey;
import org.moto4j.s3.S3Routes.Route;

class S3RoutesTest {

  private static final S3Routes ROUTES = S3Routes.load();
  private static JsonNode model;

  @BeforeAll
  static void readModel() throws IOException {
    model =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("moto.root"), "aws-models", "s3", "service-2.json")
                    .toFile());
  }

  @Test
  void the_table_is_the_one_the_model_describes() {
    List<Route> derived = new ArrayList<>();
    model
        .get("operations")
        .properties()
        .forEach(op -> derived.add(derive(op.getKey(), op.getValue())));
    derived.sort(Comparator.comparing(Route::operation));
    List<Route> table = new ArrayList<>(ROUTES.routes());
    table.sort(Comparator.comparing(Route::operation));
    assertThat(table).hasSize(model.get("operations").size()).isEqualTo(derived);
  }

  /**
   * The model's HTTP binding of one operation, as the table writes it: the request URI's path is
   * the target and its query the sub-resources; required querystring and header members must be
   * present; an operation that only the S3 Express control endpoint serves and that names no bucket
   * is told apart by its signing name, {@code s3express}.
   */
  private static Route derive(String name, JsonNode operation) {
    JsonNode http = operation.get("http");
    String uri = http.get("requestUri").asText();
    String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
    String query = uri.contains("?") ? uri.substring(uri.indexOf('?') + 1) : "";
    String target =
        switch (path) {
          case "/" -> "root";
          case "/{Bucket}" -> "bucket";
          case "/{Bucket}/{Key+}" -> "object";
          default -> path;
        };
    List<QueryKey> subResources = new ArrayList<>();
    for (String key : query.isEmpty() ? new String[0] : query.split("&")) {
      int equals = key.indexOf('=');
      subResources.add(
          equals < 0
              ? new QueryKey(key, null)
              : new QueryKey(key.substring(0, equals), key.substring(equals + 1)));
    }
    List<String> requiredQuery = new ArrayList<>();
    List<String> requiredHeaders = new ArrayList<>();
    boolean namesBucket = false;
    JsonNode input = operation.path("input").path("shape");
    if (!input.isMissingNode()) {
      JsonNode shape = model.get("shapes").get(input.asText());
      JsonNode members = shape.get("members");
      for (JsonNode member : members) {
        namesBucket |= member.path("contextParam").path("name").asText().equals("Bucket");
      }
      for (JsonNode required : shape.path("required")) {
        JsonNode member = members.get(required.asText());
        String location = member.path("location").asText();
        if (location.equals("querystring")) {
          requiredQuery.add(member.get("locationName").asText());
        } else if (location.equals("header")) {
          requiredHeaders.add(member.get("locationName").asText().toLowerCase(Locale.ROOT));
        }
      }
    }
    boolean expressControl =
        operation
            .path("staticContextParams")
            .path("UseS3ExpressControlEndpoint")
            .path("value")
            .asBoolean(false);
    requiredQuery.sort(null);
    requiredHeaders.sort(null);
    return new Route(
        name,
        http.get("method").asText(),
        target,
        List.copyOf(subResources),
        List.copyOf(requiredQuery),
        List.copyOf(requiredHeaders),
        expressControl && !namesBucket ? "s3express" : null,
        operation.path("deprecated").asBoolean(false));
  }

  @Test
  void every_operation_is_reachable_by_the_request_its_binding_describes() {
    for (Route route : ROUTES.routes()) {
      StringBuilder query = new StringBuilder();
      for (QueryKey key : route.subResources()) {
        query.append(key).append('&');
      }
      route.query().forEach(name -> query.append(name).append("=1&"));
      Target target =
          switch (route.target()) {
            case "root" -> Target.ROOT;
            case "bucket" -> Target.BUCKET;
            default -> Target.OBJECT;
          };
      String rawPath = route.isLiteral() ? route.target() : "/b/k";
      Route matched =
          ROUTES.match(
              request(
                  route.method(),
                  target,
                  rawPath,
                  query.toString(),
                  Set.copyOf(route.headers()),
                  route.signedAs()));
      String expected =
          route.deprecated() ? route.operation() + "Configuration" : route.operation();
      assertThat(matched).as(route.operation()).isNotNull();
      assertThat(matched.operation()).as(route.operation()).isEqualTo(expected);
    }
  }

  @Test
  void a_copy_source_header_makes_a_put_a_copy() {
    assertThat(op("PUT", Target.OBJECT, "", Set.of())).isEqualTo("PutObject");
    assertThat(op("PUT", Target.OBJECT, "", Set.of("x-amz-copy-source"))).isEqualTo("CopyObject");
    assertThat(op("PUT", Target.OBJECT, "partNumber=1&uploadId=u", Set.of()))
        .isEqualTo("UploadPart");
    assertThat(op("PUT", Target.OBJECT, "partNumber=1&uploadId=u", Set.of("x-amz-copy-source")))
        .isEqualTo("UploadPartCopy");
  }

  @Test
  void an_upload_id_turns_object_requests_into_multipart_ones() {
    assertThat(op("GET", Target.OBJECT, "", Set.of())).isEqualTo("GetObject");
    assertThat(op("GET", Target.OBJECT, "uploadId=u", Set.of())).isEqualTo("ListParts");
    assertThat(op("DELETE", Target.OBJECT, "uploadId=u", Set.of()))
        .isEqualTo("AbortMultipartUpload");
    assertThat(op("POST", Target.OBJECT, "uploadId=u", Set.of()))
        .isEqualTo("CompleteMultipartUpload");
    assertThat(op("POST", Target.OBJECT, "uploads", Set.of())).isEqualTo("CreateMultipartUpload");
  }

  @Test
  void an_id_picks_one_configuration_and_none_lists_them() {
    assertThat(op("GET", Target.BUCKET, "analytics", Set.of()))
        .isEqualTo("ListBucketAnalyticsConfigurations");
    assertThat(op("GET", Target.BUCKET, "analytics&id=a", Set.of()))
        .isEqualTo("GetBucketAnalyticsConfiguration");
    assertThat(op("GET", Target.BUCKET, "metrics&id=a", Set.of()))
        .isEqualTo("GetBucketMetricsConfiguration");
  }

  @Test
  void list_type_2_is_ListObjectsV2_and_no_list_type_ListObjects() {
    assertThat(op("GET", Target.BUCKET, "list-type=2&prefix=a", Set.of()))
        .isEqualTo("ListObjectsV2");
    assertThat(op("GET", Target.BUCKET, "prefix=a", Set.of())).isEqualTo("ListObjects");
  }

  @Test
  void deprecated_operations_are_served_by_their_successors() {
    assertThat(op("GET", Target.BUCKET, "lifecycle", Set.of()))
        .isEqualTo("GetBucketLifecycleConfiguration");
    assertThat(op("PUT", Target.BUCKET, "notification", Set.of()))
        .isEqualTo("PutBucketNotificationConfiguration");
  }

  @Test
  void directory_buckets_are_listed_by_requests_signed_for_s3express() {
    assertThat(ROUTES.match(request("GET", Target.ROOT, "/", "", Set.of(), "s3")).operation())
        .isEqualTo("ListBuckets");
    assertThat(ROUTES.match(request("GET", Target.ROOT, "/", "", Set.of(), null)).operation())
        .isEqualTo("ListBuckets");
    assertThat(
            ROUTES.match(request("GET", Target.ROOT, "/", "", Set.of(), "s3express")).operation())
        .isEqualTo("ListDirectoryBuckets");
  }

  @Test
  void a_request_missing_a_lone_routes_demands_still_reaches_it() {
    assertThat(op("PUT", Target.BUCKET, "analytics", Set.of()))
        .isEqualTo("PutBucketAnalyticsConfiguration");
    assertThat(op("GET", Target.OBJECT, "attributes", Set.of())).isEqualTo("GetObjectAttributes");
    assertThat(op("POST", Target.OBJECT, "select", Set.of())).isNull();
  }

  @Test
  void a_sub_resource_the_method_does_not_serve_never_falls_back_to_the_bare_route() {
    assertThat(op("PUT", Target.BUCKET, "location", Set.of())).isNull();
    assertThat(op("DELETE", Target.BUCKET, "acl", Set.of())).isNull();
    assertThat(op("DELETE", Target.OBJECT, "uploads", Set.of())).isNull();
    assertThat(op("PATCH", Target.OBJECT, "", Set.of())).isNull();
    assertThat(op("PUT", Target.ROOT, "", Set.of())).isNull();
  }

  @Test
  void a_bare_bucket_post_is_the_browser_form_upload_the_model_does_not_describe() {
    assertThat(op("POST", Target.BUCKET, "", Set.of())).isEqualTo("PostObject");
    assertThat(op("POST", Target.BUCKET, "delete", Set.of())).isEqualTo("DeleteObjects");
    assertThat(ROUTES.outsideModel()).extracting(Route::operation).containsExactly("PostObject");
    assertThat(ROUTES.routes()).extracting(Route::operation).doesNotContain("PostObject");
  }

  @Test
  void write_get_object_response_is_a_literal_path_with_its_headers() {
    Set<String> headers = Set.of("x-amz-request-route", "x-amz-request-token");
    assertThat(
            ROUTES
                .match(request("POST", Target.OBJECT, "/WriteGetObjectResponse", "", headers, null))
                .operation())
        .isEqualTo("WriteGetObjectResponse");
    // Elsewhere the same POST is a browser-form upload to the bucket.
    assertThat(ROUTES.match(request("POST", Target.BUCKET, "/b", "", headers, null)).operation())
        .isEqualTo("PostObject");
  }

  private static String op(String method, Target target, String query, Set<String> headers) {
    Route route = ROUTES.match(request(method, target, "/b/k", query, headers, "s3"));
    return route == null ? null : route.operation();
  }

  private static S3Routes.RouteRequest request(
      String method,
      Target target,
      String rawPath,
      String query,
      Set<String> headers,
      String signingName) {
    Map<String, List<String>> parameters = QueryString.parse(query);
    return new S3Routes.RouteRequest(
        method, target, rawPath, parameters, headers::contains, () -> signingName);
  }

  @Test
  void the_table_reads_as_documented() {
    Route copy =
        ROUTES.routes().stream()
            .filter(r -> r.operation().equals("UploadPartCopy"))
            .findFirst()
            .orElseThrow();
    assertThat(copy.method()).isEqualTo("PUT");
    assertThat(copy.query()).isEqualTo(Arrays.asList("partNumber", "uploadId"));
    assertThat(copy.headers()).containsExactly("x-amz-copy-source");
  }
}
