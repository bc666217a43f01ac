package org.moto4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * {@code /moto-api} with the real services: data.json in moto's shape, health, services, accounts.
 */
@MotoTest
class ControlPlaneEndpointsTest {

  private static final HttpClient http = HttpClient.newHttpClient();

  @Test
  void data_json_lists_every_services_resources_with_their_accounts(
      MotoRuntime moto, S3Client s3, IamClient iam, StsClient sts) throws Exception {
    s3.createBucket(b -> b.bucket("listed"));
    s3.putObject(b -> b.bucket("listed").key("a.txt"), RequestBody.fromString("abc"));
    s3.createMultipartUpload(b -> b.bucket("listed").key("pending"));
    iam.createUser(b -> b.userName("frank"));
    String keyId = iam.createAccessKey(b -> b.userName("frank")).accessKey().accessKeyId();
    sts.assumeRole(r -> r.roleArn("arn:aws:iam::111111111111:role/ops").roleSessionName("shift"));
    moto.inAccount("222222222222", () -> iam.createUser(b -> b.userName("grace")));

    String all = get(moto, "/moto-api/data.json").body();
    assertThat(all)
        .startsWith("{\"iam\":{\"AccessKey\":[")
        .contains(
            "\"FakeBucket\":[{\"account_id\":\"123456789012\",\"name\":\"listed\"",
            "\"FakeKey\":[{\"account_id\":\"123456789012\",\"bucket_name\":\"listed\","
                + "\"name\":\"a.txt\",\"size\":3",
            "\"FakeMultipart\":[{\"account_id\":\"123456789012\",\"bucket_name\":\"listed\","
                + "\"key_name\":\"pending\"",
            "{\"account_id\":\"123456789012\",\"name\":\"frank\"",
            "{\"account_id\":\"222222222222\",\"name\":\"grace\"",
            "\"access_key_id\":\"" + keyId + "\",\"user_name\":\"frank\",\"status\":\"Active\"",
            "\"sts\":{\"AssumedRole\":[{\"account_id\":\"111111111111\"",
            "\"arn\":\"arn:aws:sts::111111111111:assumed-role/ops/shift\"")
        .doesNotContain("secret");

    String onlyB = get(moto, "/moto-api/data.json?account=222222222222").body();
    assertThat(onlyB).contains("grace").doesNotContain("frank").doesNotContain("listed");
  }

  @Test
  void health_services_and_known_accounts_are_served(MotoRuntime moto, S3Client s3)
      throws Exception {
    HttpResponse<String> health = get(moto, "/moto-api/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(health.body()).startsWith("{\"status\":\"ok\",\"services\":[").contains("\"s3\"");
    assertThat(get(moto, "/moto-api/services").body()).contains("\"s3\"", "\"sts\"", "\"iam\"");
    s3.createBucket(b -> b.bucket("somewhere"));
    moto.inAccount("333333333333", () -> s3.listBuckets());
    assertThat(get(moto, "/moto-api/accounts").body())
        .isEqualTo("{\"accounts\":[\"123456789012\",\"333333333333\"]}");
  }

  private static HttpResponse<String> get(MotoRuntime moto, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(moto.endpoint() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
