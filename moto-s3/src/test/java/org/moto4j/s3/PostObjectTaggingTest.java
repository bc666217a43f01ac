package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.services.s3.S3Client;

/** A browser form's {@code tagging} field: a Tagging document, checked as object tags are. */
class PostObjectTaggingTest {

  private static MotoServer server;
  private S3Client s3;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    s3.createBucket(b -> b.bucket("posts"));
  }

  @AfterEach
  void disconnect() {
    s3.close();
  }

  @Test
  void a_forms_tagging_document_tags_the_object() {
    HttpResponse<String> response =
        post(
            "<Tagging><TagSet><Tag><Key>source</Key><Value>browser</Value></Tag>"
                + "<Tag><Key>kind</Key><Value>photo</Value></Tag></TagSet></Tagging>",
            "tagged.png");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(
            TaggingBehaviour.tags(
                s3.getObjectTagging(b -> b.bucket("posts").key("tagged.png")).tagSet()))
        .isEqualTo(Map.of("source", "browser", "kind", "photo"));
    assertThat(s3.headObject(b -> b.bucket("posts").key("tagged.png")).tagCount()).isEqualTo(2);
  }

  @Test
  void a_tagging_field_s3_refuses_stores_nothing() {
    HttpResponse<String> duplicate =
        post(
            "<Tagging><TagSet><Tag><Key>a</Key><Value>1</Value></Tag>"
                + "<Tag><Key>a</Key><Value>2</Value></Tag></TagSet></Tagging>",
            "dup.png");
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(duplicate.body())
        .contains("<Code>InvalidTag</Code>")
        .contains("<Message>Cannot provide multiple Tags with the same key</Message>");
    HttpResponse<String> malformed = post("a=1&b=2", "query.png");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("<Code>MalformedXML</Code>");
    assertThat(s3.listObjectsV2(b -> b.bucket("posts")).contents()).isEmpty();
  }

  private static HttpResponse<String> post(String tagging, String key) {
    BrowserForm form =
        new BrowserForm()
            .field("key", key)
            .field("tagging", tagging)
            .file(key, "image/png", "pixels".getBytes(StandardCharsets.UTF_8));
    return S3TestServer.send(form.post(URI.create(server.endpoint() + "/posts")).build());
  }
}
