package org.moto4j.s3.internal.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moto4j.core.protocol.AwsException;

class DeleteRequestTest {

  @Test
  void a_document_lists_its_objects_in_order_with_versions_and_conditions() {
    DeleteRequest request =
        parse(
            "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>"
                + "<Object><Key>a</Key></Object>"
                + "<Object><Key>b</Key><VersionId>null</VersionId><ETag>\"e\"</ETag>"
                + "<LastModifiedTime>2024-01-02T03:04:05.000Z</LastModifiedTime><Size>7</Size>"
                + "</Object></Delete>");
    assertThat(request.quiet()).isTrue();
    assertThat(request.objects())
        .containsExactly(
            new DeleteRequest.Target("a", null, null, null, null),
            new DeleteRequest.Target(
                "b", "null", "\"e\"", Instant.parse("2024-01-02T03:04:05Z"), 7L));
    assertThat(request.objects().get(1).isConditional()).isTrue();
  }

  @Test
  void keys_keep_their_spaces_and_escaped_characters() {
    DeleteRequest request =
        parse(
            "<Delete><Object><Key> a&amp;b &lt;c&gt; \"d\" 'e'&#13; </Key></Object>"
                + "<Object><Key>ünï/😀</Key></Object></Delete>");
    assertThat(request.quiet()).isFalse();
    assertThat(request.objects())
        .extracting(DeleteRequest.Target::key)
        .containsExactly(" a&b <c> \"d\" 'e'\r ", "ünï/😀");
  }

  @Test
  void a_thousand_objects_are_allowed_and_one_more_is_MalformedXML() {
    assertThat(parse(objects(1000)).objects()).hasSize(1000);
    assertMalformed(objects(1001));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<Delete></Delete>",
        "<Delete><Quiet>true</Quiet></Delete>",
        "<Delete><Object></Object></Delete>",
        "<Delete><Object><Key></Key></Object></Delete>",
        "<Delete><Object><Key>a</Key></Object><Quiet>maybe</Quiet></Delete>",
        "<Delete><Object><Key>a</Key><Size>big</Size></Object></Delete>",
        "<Delete><Object><Key>a</Key><LastModifiedTime>today</LastModifiedTime></Object></Delete>",
        "<Remove><Object><Key>a</Key></Object></Remove>",
        "<Delete><Object><Key>a</Key></Object>",
        "not xml at all"
      })
  void anything_else_is_MalformedXML(String xml) {
    assertMalformed(xml);
  }

  private static String objects(int count) {
    StringBuilder xml = new StringBuilder("<Delete>");
    for (int i = 0; i < count; i++) {
      xml.append("<Object><Key>k").append(i).append("</Key></Object>");
    }
    return xml.append("</Delete>").toString();
  }

  private static void assertMalformed(String xml) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("MalformedXML");
              assertThat(e.status()).isEqualTo(400);
            });
  }

  private static DeleteRequest parse(String xml) {
    return DeleteRequest.parse(xml.getBytes(StandardCharsets.UTF_8));
  }
}
