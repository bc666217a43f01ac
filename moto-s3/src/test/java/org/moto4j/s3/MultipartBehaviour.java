package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;

/** Multipart uploads through the AWS SDK's sync client, run once per addressing style. */
abstract class MultipartBehaviour extends TwoAccountFixture {

  static final String BUCKET = "uploads";
  static final int MIB = 1024 * 1024;

  static final AccountId DEFAULT = AccountId.of("123456789012");
  static final AccountId ANOTHER = AccountId.of(ANOTHER_ACCOUNT);

  MultipartCalls mp;

  @BeforeEach
  void bucket() {
    mp = new MultipartCalls(s3, BUCKET);
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void completed_parts_read_back_as_one_object_with_the_etag_of_their_md5s() {
    byte[] first = GeneratedContent.bytes(1, 5 * MIB);
    byte[] second = GeneratedContent.bytes(2, 100_000);
    String uploadId =
        s3.createMultipartUpload(
                b ->
                    b.bucket(BUCKET)
                        .key("movie.bin")
                        .contentType("video/mp2t")
                        .metadata(Map.of("director", "ada"))
                        .storageClass(StorageClass.STANDARD_IA)
                        .tagging("genre=doc"))
            .uploadId();
    assertThat(uploadId).matches("[A-Za-z0-9_-]+");

    String etag1 = mp.upload("movie.bin", uploadId, 1, first).eTag();
    String etag2 = mp.upload("movie.bin", uploadId, 2, second).eTag();
    assertThat(etag1).isEqualTo(MultipartDigests.partEtag(first));
    CompleteMultipartUploadResponse completed = mp.complete("movie.bin", uploadId, etag1, etag2);

    List<byte[]> parts = List.of(first, second);
    assertThat(completed.eTag()).isEqualTo(MultipartDigests.etag(parts)).endsWith("-2\"");
    assertThat(completed.bucket()).isEqualTo(BUCKET);
    assertThat(completed.key()).isEqualTo("movie.bin");
    assertThat(completed.location()).endsWith("/movie.bin");

    ResponseBytes<GetObjectResponse> whole =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("movie.bin"));
    assertThat(whole.asByteArray()).isEqualTo(MultipartDigests.concat(parts));
    assertThat(whole.response().eTag()).isEqualTo(completed.eTag());
    assertThat(whole.response().contentType()).isEqualTo("video/mp2t");
    assertThat(whole.response().metadata()).containsEntry("director", "ada");
    assertThat(whole.response().storageClass()).isEqualTo(StorageClass.STANDARD_IA);
    assertThat(whole.response().tagCount()).isEqualTo(1);
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents())
        .singleElement()
        .satisfies(o -> assertThat(o.size()).isEqualTo(5L * MIB + 100_000));
  }

  @Test
  void get_and_head_with_a_part_number_answer_that_part_with_the_part_count() {
    byte[] first = GeneratedContent.bytes(3, 5 * MIB);
    byte[] second = GeneratedContent.bytes(4, 10);
    String uploadId = mp.create("parts.bin");
    mp.complete(
        "parts.bin",
        uploadId,
        mp.upload("parts.bin", uploadId, 1, first).eTag(),
        mp.upload("parts.bin", uploadId, 2, second).eTag());

    ResponseBytes<GetObjectResponse> part2 =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("parts.bin").partNumber(2));
    assertThat(part2.asByteArray()).isEqualTo(second);
    assertThat(part2.response().contentRange())
        .isEqualTo("bytes " + 5 * MIB + "-" + (5 * MIB + 9) + "/" + (5 * MIB + 10));
    assertThat(part2.response().partsCount()).isEqualTo(2);

    HeadObjectResponse head1 = s3.headObject(b -> b.bucket(BUCKET).key("parts.bin").partNumber(1));
    assertThat(head1.contentLength()).isEqualTo(5L * MIB);
    assertThat(head1.partsCount()).isEqualTo(2);

    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("parts.bin").partNumber(3)),
        416,
        "InvalidPartNumber",
        "The requested partnumber is not satisfiable");
  }

  @Test
  void a_part_uploaded_again_replaces_the_first_one() {
    String uploadId = mp.create("again.txt");
    String stale = mp.upload("again.txt", uploadId, 1, "first".getBytes()).eTag();
    String fresh = mp.upload("again.txt", uploadId, 1, "second".getBytes()).eTag();

    assertThat(s3.listParts(b -> b.bucket(BUCKET).key("again.txt").uploadId(uploadId)).parts())
        .singleElement()
        .satisfies(p -> assertThat(p.eTag()).isEqualTo(fresh));
    assertError(
        () -> mp.complete("again.txt", uploadId, stale),
        400,
        "InvalidPart",
        "One or more of the specified parts could not be found.  The part may not have been"
            + " uploaded, or the specified entity tag may not match the part's entity tag.");
    mp.complete("again.txt", uploadId, fresh);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("again.txt")).asUtf8String())
        .isEqualTo("second");
  }

  @Test
  void an_aborted_upload_is_gone() {
    String uploadId = mp.create("gone.txt");
    mp.upload("gone.txt", uploadId, 1, "bytes".getBytes());
    s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("gone.txt").uploadId(uploadId));

    String noSuchUpload =
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
            + " been aborted or completed.";
    assertError(
        () -> mp.upload("gone.txt", uploadId, 2, "more".getBytes()),
        404,
        "NoSuchUpload",
        noSuchUpload);
    assertError(
        () -> s3.listParts(b -> b.bucket(BUCKET).key("gone.txt").uploadId(uploadId)),
        404,
        "NoSuchUpload",
        noSuchUpload);
    assertError(
        () -> s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("gone.txt").uploadId(uploadId)),
        404,
        "NoSuchUpload",
        noSuchUpload);
    assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).isEmpty();
  }

  @Test
  void an_upload_id_names_its_key_only() {
    String uploadId = mp.create("mine.txt");
    assertError(
        () -> mp.upload("yours.txt", uploadId, 1, "x".getBytes()),
        404,
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
            + " been aborted or completed.");
  }

  @Test
  void list_parts_pages_through_every_part_with_the_paginator() {
    String uploadId = mp.create("many.bin");
    List<String> etags =
        IntStream.rangeClosed(1, 7)
            .mapToObj(
                n -> mp.upload("many.bin", uploadId, n, GeneratedContent.bytes(n, n * 10)).eTag())
            .toList();

    List<Part> parts =
        s3
            .listPartsPaginator(
                b -> b.bucket(BUCKET).key("many.bin").uploadId(uploadId).maxParts(3))
            .parts()
            .stream()
            .toList();
    assertThat(parts).extracting(Part::partNumber).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(parts).extracting(Part::eTag).containsExactlyElementsOf(etags);
    assertThat(parts).extracting(Part::size).containsExactly(10L, 20L, 30L, 40L, 50L, 60L, 70L);
    assertThat(parts).allSatisfy(p -> assertThat(p.lastModified()).isNotNull());

    var page =
        s3.listParts(b -> b.bucket(BUCKET).key("many.bin").uploadId(uploadId).partNumberMarker(5));
    assertThat(page.parts()).extracting(Part::partNumber).containsExactly(6, 7);
    assertThat(page.isTruncated()).isFalse();
    assertThat(page.storageClass().toString()).isEqualTo("STANDARD");
    assertThat(page.owner().id()).isEqualTo(CanonicalIds.of(DEFAULT));
    assertThat(page.initiator().id()).isEqualTo(CanonicalIds.of(DEFAULT));
  }

  @Test
  void list_multipart_uploads_pages_by_key_then_initiation_and_rolls_up_common_prefixes() {
    String a1 = mp.create("a");
    String a2 = mp.create("a");
    String b1 = mp.create("b/1");
    String b2 = mp.create("b/2");
    String c = mp.create("c");

    List<MultipartUpload> all =
        s3.listMultipartUploadsPaginator(b -> b.bucket(BUCKET).maxUploads(2)).uploads().stream()
            .toList();
    assertThat(all).extracting(MultipartUpload::key).containsExactly("a", "a", "b/1", "b/2", "c");
    assertThat(all).extracting(MultipartUpload::uploadId).containsExactly(a1, a2, b1, b2, c);
    assertThat(all).allSatisfy(u -> assertThat(u.initiated()).isNotNull());

    var grouped =
        s3.listMultipartUploadsPaginator(b -> b.bucket(BUCKET).delimiter("/").maxUploads(1));
    assertThat(grouped.uploads().stream().map(MultipartUpload::key).toList())
        .containsExactly("a", "a", "c");
    assertThat(grouped.commonPrefixes().stream().map(CommonPrefix::prefix).toList())
        .containsExactly("b/");

    var underB = s3.listMultipartUploads(b -> b.bucket(BUCKET).prefix("b/"));
    assertThat(underB.uploads()).extracting(MultipartUpload::uploadId).containsExactly(b1, b2);

    var afterFirstA =
        s3.listMultipartUploads(b -> b.bucket(BUCKET).keyMarker("a").uploadIdMarker(a1));
    assertThat(afterFirstA.uploads())
        .extracting(MultipartUpload::uploadId)
        .containsExactly(a2, b1, b2, c);
    var afterA = s3.listMultipartUploads(b -> b.bucket(BUCKET).keyMarker("a"));
    assertThat(afterA.uploads()).extracting(MultipartUpload::uploadId).containsExactly(b1, b2, c);
  }

  @Test
  void upload_part_copy_reads_another_accounts_bucket_unless_cross_account_access_is_off() {
    other.createBucket(b -> b.bucket("theirs"));
    other.putObject(b -> b.bucket("theirs").key("shared.txt"), RequestBody.fromString("shared"));
    String uploadId = mp.create("borrowed.txt");

    UploadPartCopyResponse copied =
        s3.uploadPartCopy(
            b ->
                b.sourceBucket("theirs")
                    .sourceKey("shared.txt")
                    .destinationBucket(BUCKET)
                    .destinationKey("borrowed.txt")
                    .uploadId(uploadId)
                    .partNumber(1));
    mp.complete("borrowed.txt", uploadId, copied.copyPartResult().eTag());
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("borrowed.txt")).asUtf8String())
        .isEqualTo("shared");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    String second = mp.create("denied.txt");
    assertError(
        () ->
            s3.uploadPartCopy(
                b ->
                    b.sourceBucket("theirs")
                        .sourceKey("shared.txt")
                        .destinationBucket(BUCKET)
                        .destinationKey("denied.txt")
                        .uploadId(second)
                        .partNumber(1)),
        403,
        "AccessDenied",
        "Access Denied");
  }

  @Test
  void another_account_uploads_into_the_bucket_by_default_and_owns_its_upload() {
    String uploadId =
        other.createMultipartUpload(b -> b.bucket(BUCKET).key("visitor.txt")).uploadId();
    String etag =
        other
            .uploadPart(
                b -> b.bucket(BUCKET).key("visitor.txt").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("hello"))
            .eTag();

    MultipartUpload listed = s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads().get(0);
    assertThat(listed.owner().id()).isEqualTo(CanonicalIds.of(ANOTHER));
    assertThat(listed.initiator().id()).isEqualTo(CanonicalIds.of(ANOTHER));

    other.completeMultipartUpload(
        b ->
            b.bucket(BUCKET)
                .key("visitor.txt")
                .uploadId(uploadId)
                .multipartUpload(
                    m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("visitor.txt")).asUtf8String())
        .isEqualTo("hello");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.createMultipartUpload(b -> b.bucket(BUCKET).key("again.txt")),
        403,
        "AccessDenied",
        "Access Denied");
  }

  @Test
  void deleting_a_bucket_discards_its_uploads() {
    s3.createBucket(b -> b.bucket("short-lived"));
    String uploadId = s3.createMultipartUpload(b -> b.bucket("short-lived").key("k")).uploadId();
    s3.uploadPart(
        b -> b.bucket("short-lived").key("k").uploadId(uploadId).partNumber(1),
        RequestBody.fromString("part"));

    s3.deleteBucket(b -> b.bucket("short-lived"));
    s3.createBucket(b -> b.bucket("short-lived"));
    assertThat(s3.listMultipartUploads(b -> b.bucket("short-lived")).uploads()).isEmpty();
    assertError(
        () ->
            s3.uploadPart(
                b -> b.bucket("short-lived").key("k").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("late")),
        404,
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
            + " been aborted or completed.");
  }
}
