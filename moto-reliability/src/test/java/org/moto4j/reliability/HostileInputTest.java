package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.moto4j.core.http.MotoRequest;

/**
 * Hostile input for every parser, generated: query forms, S3 XML bodies, S3 headers, SigV4 and
 * SigV2 {@code Authorization}, presigned query strings, {@code aws-chunked} framing, ranges, ARNs,
 * policy documents, POST forms and paths. Every answer is a success, 501 NotImplemented for an
 * operation not served, or a well-formed AWS 4xx error in the right protocol's shape; never a 5xx,
 * a hang or an ERROR in the log. The number of cases per property is jqwik's default tries, set by
 * the build's mode (see RELIABILITY.md).
 */
class HostileInputTest {

  private static final String BUCKET = "hostile-bucket";
  private static final Hostile.QueryModel STS = Hostile.model("sts");
  private static final Hostile.QueryModel IAM = Hostile.model("iam");

  private static InProcess moto;
  private static LogCapture log;
  private static String uploadId;

  @BeforeContainer
  static void start() {
    moto = new InProcess(Servers.moto(new DiskSpace()));
    log = LogCapture.start();
    seed();
  }

  @AfterContainer
  static void stop() {
    if (log != null) {
      log.close();
    }
    if (moto != null) {
      moto.moto().reset();
      moto.close();
    }
  }

  /** A bucket, an object and a multipart upload for the S3 inputs to act on. */
  private static void seed() {
    assertThat(moto.send(MotoRequest.builder("PUT", "/" + BUCKET).build()).status()).isEqualTo(200);
    assertThat(
            moto.send(MotoRequest.builder("PUT", "/" + BUCKET + "/key").body("0123456789").build())
                .status())
        .isEqualTo(200);
    InProcess.Answer upload =
        moto.send(MotoRequest.builder("POST", "/" + BUCKET + "/multi").rawQuery("uploads").build());
    String xml = new String(upload.body(), StandardCharsets.UTF_8);
    uploadId = xml.replaceAll("(?s).*<UploadId>(.*)</UploadId>.*", "$1");
  }

  // --- query protocol (STS, IAM) ---

  @Property
  void query_forms_answer_success_or_a_query_error(@ForAll("queryForms") Form form) {
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", sigV4("AKIAIOSFODNN7EXAMPLE", form.service()))
            .body(form.body())
            .build();
    InProcess.Answer answer = check(request);
    assertThat(answer.header("x-amzn-RequestId")).as("%s", form).isNotNull();
  }

  record Form(String service, String body) {}

  @Provide
  Arbitrary<Form> queryForms() {
    return Arbitraries.of("sts", "iam")
        .flatMap(
            service -> {
              Hostile.QueryModel model = service.equals("sts") ? STS : IAM;
              String version = service.equals("sts") ? "2011-06-15" : "2010-05-08";
              Arbitrary<String> action =
                  Arbitraries.frequencyOf(
                      net.jqwik.api.Tuple.of(8, Arbitraries.of(model.operations())),
                      net.jqwik.api.Tuple.of(1, Hostile.values()));
              Arbitrary<String> name =
                  Arbitraries.frequencyOf(
                      net.jqwik.api.Tuple.of(6, Arbitraries.of(model.members())),
                      net.jqwik.api.Tuple.of(
                          2, Arbitraries.of(model.members()).map(m -> m + ".member.1")),
                      net.jqwik.api.Tuple.of(
                          1, Arbitraries.of(model.members()).map(m -> m + ".member.1.Key")),
                      net.jqwik.api.Tuple.of(1, Hostile.values()));
              Arbitrary<String> pair =
                  Combinators.combine(name, Hostile.values(), Arbitraries.integers().between(0, 3))
                      .as(HostileInputTest::pair);
              return Combinators.combine(
                      action,
                      Arbitraries.frequencyOf(
                          net.jqwik.api.Tuple.of(8, Arbitraries.just(version)),
                          net.jqwik.api.Tuple.of(1, Arbitraries.of("", "1999-01-01"))),
                      pair.list().ofMaxSize(6))
                  .as(
                      (a, v, pairs) ->
                          new Form(
                              service,
                              "Action="
                                  + encode(a)
                                  + "&Version="
                                  + v
                                  + pairs.stream()
                                      .map(p -> "&" + p)
                                      .collect(Collectors.joining())));
            });
  }

  /** A form pair, encoded properly (0), raw (1), half-encoded (2) or without value (3). */
  private static String pair(String name, String value, int style) {
    return switch (style) {
      case 0 -> encode(name) + "=" + encode(value);
      case 1 -> name + "=" + value;
      case 2 -> encode(name) + "=" + value.replace("&", "%26");
      default -> encode(name);
    };
  }

  // --- S3 XML bodies ---

  private static final List<String> XML_SEEDS =
      List.of(
          "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
              + "<LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>",
          "<Delete><Quiet>true</Quiet><Object><Key>key</Key><VersionId>v</VersionId></Object>"
              + "</Delete>",
          "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"x\"</ETag>"
              + "<ChecksumCRC32>AAAAAA==</ChecksumCRC32></Part></CompleteMultipartUpload>",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>",
          "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Delete><Object><Key>&e;"
              + "</Key></Object></Delete>",
          "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
              + "<Delete><Object><Key>&b;</Key></Object></Delete>");

  @Property
  void s3_xml_bodies_answer_success_or_an_s3_error(
      @ForAll("xmlBodies") String body, @ForAll("xmlTargets") String target) {
    String[] parts = target.split(" ", 3);
    MotoRequest request =
        MotoRequest.builder(parts[0], parts[1])
            .rawQuery(parts.length > 2 ? parts[2].replace("{upload}", uploadId) : null)
            .header("Content-Type", "application/xml")
            .body(body)
            .build();
    InProcess.Answer answer = check(request);
    assertThat(answer.header("x-amz-request-id")).as("%s", body).isNotNull();
  }

  @Provide
  Arbitrary<String> xmlBodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Hostile.mutated(Arbitraries.of(XML_SEEDS))),
        net.jqwik.api.Tuple.of(1, Hostile.values()),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.integers()
                .between(1, 20_000)
                .map(
                    depth ->
                        "<Delete>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</Delete>")));
  }

  @Provide
  Arbitrary<String> xmlTargets() {
    return Arbitraries.of(
        "PUT /hostile-created",
        "POST /" + BUCKET + " delete",
        "POST /" + BUCKET + "/multi uploadId={upload}",
        "POST /" + BUCKET + "/multi uploadId=not-an-upload");
  }

  // --- S3 headers, ranges, copy sources ---

  private static final List<String> S3_HEADERS =
      List.of(
          "Content-MD5",
          "Content-Length",
          "Content-Type",
          "Content-Encoding",
          "Range",
          "If-Match",
          "If-None-Match",
          "If-Modified-Since",
          "If-Unmodified-Since",
          "x-amz-content-sha256",
          "x-amz-decoded-content-length",
          "x-amz-checksum-crc32",
          "x-amz-checksum-crc32c",
          "x-amz-checksum-crc64nvme",
          "x-amz-checksum-sha1",
          "x-amz-checksum-sha256",
          "x-amz-checksum-type",
          "x-amz-sdk-checksum-algorithm",
          "x-amz-checksum-algorithm",
          "x-amz-trailer",
          "x-amz-copy-source",
          "x-amz-copy-source-range",
          "x-amz-copy-source-if-match",
          "x-amz-metadata-directive",
          "x-amz-tagging-directive",
          "x-amz-meta-m",
          "x-amz-storage-class",
          "x-amz-server-side-encryption",
          "x-amz-server-side-encryption-customer-algorithm",
          "x-amz-server-side-encryption-customer-key",
          "x-amz-server-side-encryption-customer-key-MD5",
          "x-amz-server-side-encryption-aws-kms-key-id",
          "x-amz-tagging",
          "x-amz-object-attributes",
          "x-amz-max-parts",
          "x-amz-part-number-marker",
          "x-amz-expected-bucket-owner",
          "x-amz-rename-source",
          "x-amz-client-token",
          "x-amz-date",
          "x-moto-account-id",
          "Host",
          "Expect");

  @Property
  void s3_headers_answer_success_or_an_s3_error(
      @ForAll("s3Targets") String target, @ForAll("s3Headers") List<Map.Entry<String, String>> h) {
    String[] parts = target.split(" ", 3);
    MotoRequest.Builder builder =
        MotoRequest.builder(parts[0], parts[1])
            .rawQuery(parts.length > 2 ? parts[2].replace("{upload}", uploadId) : null);
    h.forEach(e -> builder.header(e.getKey(), Hostile.headerValue(e.getValue())));
    check(builder.body("hello hostile world").build());
  }

  @Provide
  Arbitrary<String> s3Targets() {
    return Arbitraries.of(
        "PUT /" + BUCKET + "/key",
        "PUT /" + BUCKET + "/copy",
        "GET /" + BUCKET + "/key",
        "HEAD /" + BUCKET + "/key",
        "GET /" + BUCKET + "/key attributes",
        "PUT /" + BUCKET + "/renamed renameObject",
        "PUT /" + BUCKET + "/multi partNumber=1&uploadId=" + "{upload}",
        "GET /" + BUCKET + " list-type=2",
        "DELETE /" + BUCKET + "/key");
  }

  @Provide
  Arbitrary<List<Map.Entry<String, String>>> s3Headers() {
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Hostile.values()),
            net.jqwik.api.Tuple.of(
                2,
                Hostile.mutated(
                    Arbitraries.of(
                        "bytes=0-4",
                        "bytes=-3",
                        "bytes=2-",
                        "bytes=0-1,3-4",
                        "/" + BUCKET + "/key",
                        BUCKET + "/key?versionId=null",
                        "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                        "CRC32",
                        "x-amz-checksum-crc32",
                        "AAAAAA==",
                        "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"",
                        "Wed, 21 Oct 2015 07:28:00 GMT",
                        "a=b&c=d",
                        "ETag,Checksum,ObjectParts,StorageClass,ObjectSize",
                        "111111111111"))));
    return Combinators.combine(Arbitraries.of(S3_HEADERS), value)
        .as(Map::entry)
        .list()
        .ofMaxSize(5);
  }

  // --- Authorization headers and presigned query strings ---

  @Property
  void authorization_headers_answer_success_or_an_error(
      @ForAll("authorizations") String authorization, @ForAll boolean toSts) {
    MotoRequest.Builder builder =
        toSts
            ? MotoRequest.builder("POST", "/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("Action=GetCallerIdentity&Version=2011-06-15")
            : MotoRequest.builder("GET", "/" + BUCKET + "/key");
    check(builder.header("Authorization", Hostile.headerValue(authorization)).build());
  }

  @Provide
  Arbitrary<String> authorizations() {
    return Hostile.mutated(
        Arbitraries.of(
            sigV4("AKIAIOSFODNN7EXAMPLE", "s3"),
            sigV4("ASIAQAAAAAAAAAAAAAAA", "sts"),
            sigV4("123456789012", "iam"),
            "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=",
            "AWS 111111111111:sig",
            "AWS4-HMAC-SHA256",
            "Bearer x"));
  }

  @Property
  void presigned_query_strings_answer_success_or_an_s3_error(@ForAll("presigned") String query) {
    check(MotoRequest.builder("GET", "/" + BUCKET + "/key").rawQuery(query).build());
  }

  @Provide
  Arbitrary<String> presigned() {
    return Hostile.mutated(
        Arbitraries.of(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20300101%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20300101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=abcdef",
            "AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=4102444800&Signature=abc%3D",
            "X-Amz-Credential=123456789012%2F20300101%2Fus-east-1%2Fsts%2Faws4_request"
                + "&Action=GetCallerIdentity&Version=2011-06-15"));
  }

  // --- aws-chunked framing ---

  @Property
  void aws_chunked_bodies_answer_success_or_an_s3_error(
      @ForAll("chunked") String body, @ForAll boolean announceLength) {
    MotoRequest.Builder builder =
        MotoRequest.builder("PUT", "/" + BUCKET + "/chunked")
            .header("Content-Encoding", "aws-chunked")
            .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
            .header("x-amz-trailer", "x-amz-checksum-crc32");
    if (announceLength) {
      builder.header("x-amz-decoded-content-length", "11");
    }
    check(
        builder.body(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1))).build());
  }

  @Provide
  Arbitrary<String> chunked() {
    return Hostile.mutated(
        Arbitraries.of(
            "b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n",
            "5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n"
                + "0;chunk-signature=0\r\n\r\n",
            "0\r\n\r\n",
            "fffffffffffffff\r\nx\r\n"));
  }

  // --- ARNs and policy documents (STS AssumeRole, S3 POST policies) ---

  @Property
  void arns_and_session_policies_answer_success_or_a_query_error(
      @ForAll("arns") String arn, @ForAll("policies") String policy) {
    String body =
        "Action=AssumeRole&Version=2011-06-15&RoleSessionName=hostile&RoleArn="
            + encode(arn)
            + "&Policy="
            + encode(policy)
            + "&PolicyArns.member.1.arn="
            + encode(arn);
    check(
        MotoRequest.builder("POST", "/")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", sigV4("AKIAIOSFODNN7EXAMPLE", "sts"))
            .body(body)
            .build());
  }

  @Provide
  Arbitrary<String> arns() {
    return Hostile.mutated(
        Arbitraries.of(
            "arn:aws:iam::123456789012:role/r",
            "arn:aws-cn:iam::111111111111:role/path/to/r",
            "arn:aws:iam::aws:policy/ReadOnlyAccess",
            "arn:aws:iam::123456789012:user/u"));
  }

  @Provide
  Arbitrary<String> policies() {
    return Hostile.mutated(
        Arbitraries.of(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"NotAction\":[\"a:b\"],"
                + "\"Resource\":[\"arn:aws:s3:::b/*\"],\"Condition\":{\"StringEquals\":"
                + "{\"aws:username\":\"x\"}}}}",
            "[".repeat(50) + "]".repeat(50)));
  }

  @Property
  void post_form_uploads_answer_success_or_an_s3_error(
      @ForAll("postPolicies") String policy, @ForAll("formNoise") String noise) {
    String boundary = "hostileboundary";
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nposted"
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"policy\"\r\n\r\n"
            + Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.UTF_8))
            + "\r\n--"
            + boundary
            + noise
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\nbytes\r\n--"
            + boundary
            + "--\r\n";
    check(
        MotoRequest.builder("POST", "/" + BUCKET)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .body(form)
            .build());
  }

  @Provide
  Arbitrary<String> postPolicies() {
    return Hostile.mutated(
        Arbitraries.of(
            "{\"expiration\":\"2099-01-01T00:00:00Z\",\"conditions\":[{\"bucket\":\""
                + BUCKET
                + "\"},[\"starts-with\",\"$key\",\"\"],[\"content-length-range\",0,100]]}"));
  }

  @Provide
  Arbitrary<String> formNoise() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, Hostile.values()));
  }

  // --- paths and queries ---

  @Property
  void s3_paths_and_queries_answer_success_or_an_s3_error(
      @ForAll("methods") String method, @ForAll("paths") String path, @ForAll("queries") String q) {
    check(MotoRequest.builder(method, path).rawQuery(q).build());
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "PUT", "POST", "HEAD", "DELETE", "PATCH", "OPTIONS");
  }

  @Provide
  Arbitrary<String> paths() {
    return Hostile.mutated(Arbitraries.of("/", "/" + BUCKET, "/" + BUCKET + "/key", "/a/b%2Fc"))
        .map(p -> p.startsWith("/") ? p : "/" + p);
  }

  @Provide
  Arbitrary<String> queries() {
    return Hostile.mutated(
        Arbitraries.of(
            "",
            "list-type=2&max-keys=5&prefix=k&delimiter=/&continuation-token=abc",
            "uploads&max-uploads=2&key-marker=a&upload-id-marker=b",
            "uploadId=x&part-number-marker=1&max-parts=2",
            "delete",
            "location",
            "versionId=null",
            "partNumber=1"));
  }

  // --- the check every answer must pass ---

  private static InProcess.Answer check(MotoRequest request) {
    log.clear();
    InProcess.Answer answer = moto.send(request);
    String code = ErrorShape.code(answer.body());
    Statistics.collect(answer.status() < 400 ? "success" : String.valueOf(code));
    if (answer.status() >= 400) {
      if (answer.status() == 501) {
        assertThat(code).as("%s", request).isEqualTo("NotImplemented");
      } else {
        assertThat(answer.problems()).as("%s", request).isEmpty();
      }
    }
    assertThat(log.errors()).as("%s", request).isEmpty();
    return answer;
  }

  static String sigV4(String accessKey, String service) {
    return "AWS4-HMAC-SHA256 Credential="
        + accessKey
        + "/20300101/us-east-1/"
        + service
        + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcdef0123456789";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
