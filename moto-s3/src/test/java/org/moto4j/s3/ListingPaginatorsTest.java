package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Paging through a bucket of 2,500 keys with the SDK, in both addressing styles. The bucket is
 * written once for the class through PutObject and only read by the tests, so they share it rather
 * than reset between tests; another account reads it too, as moto's cross-account rule allows. (The
 * SDK's own PutObject is covered elsewhere; plain PUTs write the 2,500 keys faster.)
 */
class ListingPaginatorsTest {

  private static final String BUCKET = "paged";
  private static final int DIRECTORIES = 48;
  private static final int FILES_PER_DIRECTORY = 50;
  private static final int TOP_LEVEL_FILES = 100;

  private static MotoServer server;
  private static List<String> keys;
  private static List<String> directories;
  private static List<String> topLevel;

  @BeforeAll
  static void writeTheBucket() {
    server = S3TestServer.start();
    S3Client s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket(BUCKET));
    keys = new ArrayList<>();
    directories = new ArrayList<>();
    topLevel = new ArrayList<>();
    for (int d = 0; d < DIRECTORIES; d++) {
      // Some directory names beyond ASCII and the BMP, so pages end on awkward keys too.
      String directory = (d % 3 == 0 ? "dír 😀 " : "dir-") + String.format("%02d/", d);
      directories.add(directory);
      for (int f = 0; f < FILES_PER_DIRECTORY; f++) {
        keys.add(directory + String.format("file+%03d.txt", f));
      }
    }
    for (int t = 0; t < TOP_LEVEL_FILES; t++) {
      String key = String.format("top %03d", t);
      topLevel.add(key);
      keys.add(key);
    }
    writeAll(keys);
    keys.sort(KeyOrder.INSTANCE);
    directories.sort(KeyOrder.INSTANCE);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** Plain PUTs, several in flight: the quickest way through the public API to 2,500 objects. */
  private static void writeAll(List<String> keys) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Semaphore inFlight = new Semaphore(8);
    List<CompletableFuture<HttpResponse<Void>>> writes = new ArrayList<>();
    for (String key : keys) {
      inFlight.acquireUninterruptibly();
      writes.add(
          http.sendAsync(
                  S3TestServer.request(server, "/" + BUCKET + "/" + KeyPaths.escape(key))
                      .PUT(HttpRequest.BodyPublishers.ofString(key))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .whenComplete((response, failure) -> inFlight.release()));
    }
    for (CompletableFuture<HttpResponse<Void>> write : writes) {
      assertThat(write.join().statusCode()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void the_v2_paginator_lists_every_key_once_in_order_in_pages_of_1000(S3TestServer.Style style) {
    List<ListObjectsV2Response> pages =
        S3TestServer.client(server, style).listObjectsV2Paginator(b -> b.bucket(BUCKET)).stream()
            .toList();
    assertThat(pages).extracting(ListObjectsV2Response::keyCount).containsExactly(1000, 1000, 500);
    assertThat(pages)
        .extracting(ListObjectsV2Response::isTruncated)
        .containsExactly(true, true, false);
    assertThat(pages.stream().flatMap(p -> p.contents().stream()).map(S3Object::key))
        .containsExactlyElementsOf(keys);
  }

  @Test
  void the_async_v2_paginator_lists_every_key_once_in_order() {
    try (S3AsyncClient async =
        S3AsyncClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .build()) {
      List<String> listed = new ArrayList<>();
      async
          .listObjectsV2Paginator(b -> b.bucket(BUCKET).maxKeys(400))
          .contents()
          .subscribe(o -> listed.add(o.key()))
          .join();
      assertThat(listed).containsExactlyElementsOf(keys);
    }
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void the_v2_paginator_with_a_delimiter_lists_each_common_prefix_once(S3TestServer.Style style) {
    List<ListObjectsV2Response> pages =
        S3TestServer.client(server, style, "us-east-1", S3TestServer.ANOTHER_ACCOUNT)
            .listObjectsV2Paginator(b -> b.bucket(BUCKET).delimiter("/").maxKeys(7))
            .stream()
            .toList();
    assertThat(pages).allSatisfy(p -> assertThat(p.keyCount()).isBetween(1, 7));
    assertThat(pages).hasSize((DIRECTORIES + TOP_LEVEL_FILES + 6) / 7);
    assertThat(pages.stream().flatMap(p -> p.commonPrefixes().stream()).map(CommonPrefix::prefix))
        .containsExactlyElementsOf(directories);
    assertThat(pages.stream().flatMap(p -> p.contents().stream()).map(S3Object::key))
        .containsExactlyElementsOf(topLevel);
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void the_v2_paginator_under_a_prefix_lists_only_that_directory(S3TestServer.Style style) {
    String directory = directories.get(0);
    List<String> listed =
        S3TestServer.client(server, style)
            .listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(directory).maxKeys(9))
            .contents()
            .stream()
            .map(S3Object::key)
            .toList();
    assertThat(listed)
        .containsExactlyElementsOf(keys.stream().filter(k -> k.startsWith(directory)).toList());
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void list_objects_pages_list_every_key_once_in_order(S3TestServer.Style style) {
    List<ListObjectsResponse> pages =
        listObjectsPages(S3TestServer.client(server, style), b -> b.bucket(BUCKET));
    assertThat(pages).extracting(p -> p.contents().size()).containsExactly(1000, 1000, 500);
    assertThat(pages).allSatisfy(p -> assertThat(p.nextMarker()).isNull());
    assertThat(pages.stream().flatMap(p -> p.contents().stream()).map(S3Object::key))
        .containsExactlyElementsOf(keys);
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void list_objects_pages_with_a_delimiter_follow_next_marker(S3TestServer.Style style) {
    List<ListObjectsResponse> pages =
        listObjectsPages(
            S3TestServer.client(server, style), b -> b.bucket(BUCKET).delimiter("/").maxKeys(10));
    assertThat(pages).hasSize((DIRECTORIES + TOP_LEVEL_FILES + 9) / 10);
    assertThat(pages.subList(0, pages.size() - 1))
        .allSatisfy(p -> assertThat(p.nextMarker()).isNotNull());
    assertThat(pages.stream().flatMap(p -> p.commonPrefixes().stream()).map(CommonPrefix::prefix))
        .containsExactlyElementsOf(directories);
    assertThat(pages.stream().flatMap(p -> p.contents().stream()).map(S3Object::key))
        .containsExactlyElementsOf(topLevel);
  }

  @ParameterizedTest
  @EnumSource(S3TestServer.Style.class)
  void max_keys_above_1000_is_capped_at_1000(S3TestServer.Style style) {
    S3Client s3 = S3TestServer.client(server, style);
    ListObjectsV2Response v2 = s3.listObjectsV2(b -> b.bucket(BUCKET).maxKeys(5000));
    assertThat(v2.keyCount()).isEqualTo(1000);
    assertThat(v2.maxKeys()).isEqualTo(1000);
    assertThat(v2.isTruncated()).isTrue();
    ListObjectsResponse v1 = s3.listObjects(b -> b.bucket(BUCKET).maxKeys(5000));
    assertThat(v1.contents()).hasSize(1000);
    assertThat(v1.isTruncated()).isTrue();
  }

  /**
   * Every page of a ListObjects listing. The SDK for Java v2 has no ListObjects paginator, so this
   * follows the model's (paginators-1.json): the next marker is {@code NextMarker ||
   * Contents[-1].Key}, while {@code IsTruncated}.
   */
  private static List<ListObjectsResponse> listObjectsPages(
      S3Client s3, Consumer<ListObjectsRequest.Builder> request) {
    List<ListObjectsResponse> pages = new ArrayList<>();
    String marker = null;
    while (true) {
      String from = marker;
      ListObjectsResponse page = s3.listObjects(b -> request.accept(b.marker(from)));
      pages.add(page);
      if (!page.isTruncated()) {
        return pages;
      }
      marker =
          page.nextMarker() != null
              ? page.nextMarker()
              : page.contents().get(page.contents().size() - 1).key();
      assertThat(pages).hasSizeLessThan(keys.size());
    }
  }
}
