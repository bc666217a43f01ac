package org.moto4j.s3.internal.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moto4j.core.protocol.AwsException;

class CopySourceTest {

  @Test
  void a_source_is_a_bucket_and_a_key_with_or_without_a_leading_slash() {
    assertThat(CopySource.parse("photos/2024/a.jpg"))
        .isEqualTo(new CopySource("photos", "2024/a.jpg", null));
    assertThat(CopySource.parse("/photos/2024/a.jpg"))
        .isEqualTo(new CopySource("photos", "2024/a.jpg", null));
  }

  @Test
  void escapes_decode_as_utf8_and_a_plus_stays_a_plus() {
    assertThat(CopySource.parse("b/a%20b+c%25d%2Fe%C3%BC%F0%9F%98%80").key())
        .isEqualTo("a b+c%d/eü😀");
  }

  @Test
  void the_version_follows_a_literal_question_mark_and_an_encoded_one_belongs_to_the_key() {
    CopySource versioned = CopySource.parse("/b/what%3F.txt?versionId=null");
    assertThat(versioned.key()).isEqualTo("what?.txt");
    assertThat(versioned.versionId()).isEqualTo("null");
    assertThat(versioned.namesVersion()).isTrue();
    assertThat(CopySource.parse("b/k?other=1").versionId()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "bucket", "/bucket", "bucket/", "/bucket/", "//key"})
  void a_value_without_bucket_and_key_is_InvalidArgument(String value) {
    assertThatThrownBy(() -> CopySource.parse(value))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidArgument");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Copy Source must mention the source bucket and key:"
                          + " sourcebucket/sourcekey");
              assertThat(e.details()).containsEntry("ArgumentName", "x-amz-copy-source");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"b/%zz", "b/k%", "b/k%2", "b/%C3%28"})
  void a_malformed_escape_or_bytes_that_are_not_utf8_are_InvalidArgument(String value) {
    assertThatThrownBy(() -> CopySource.parse(value))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidArgument");
              assertThat(e.getMessage()).isEqualTo("Invalid copy source encoding");
            });
  }

  @Test
  void a_rename_source_names_its_own_header_in_errors() {
    assertThatThrownBy(() -> CopySource.parse("nokey", "x-amz-rename-source"))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> assertThat(e.details()).containsEntry("ArgumentName", "x-amz-rename-source"));
  }

  @Test
  void only_the_null_version_exists_without_versioning() {
    assertThatCode(() -> CopySource.parse("b/k").checkVersion()).doesNotThrowAnyException();
    assertThatCode(() -> CopySource.parse("b/k?versionId=null").checkVersion())
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                CopySource.parse("b/k?versionId=3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY").checkVersion())
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("NoSuchVersion");
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.details())
                  .containsEntry("Key", "k")
                  .containsEntry("VersionId", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
            });
    assertThatThrownBy(() -> CopySource.parse("b/k?versionId=nope").checkVersion())
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidArgument");
              assertThat(e.getMessage()).isEqualTo("Invalid version id specified");
            });
  }

  @Test
  void a_copy_reads_at_most_five_gibibytes() {
    assertThatCode(() -> CopySource.checkCopySize(5L * 1024 * 1024 * 1024))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CopySource.checkCopySize(5L * 1024 * 1024 * 1024 + 1))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidRequest");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "The specified copy source is larger than the maximum allowable size for a"
                          + " copy source: 5368709120");
            });
  }

  @Property
  void any_key_encoded_as_the_sdks_do_reads_back_unchanged(
      @ForAll
          @StringLength(min = 1, max = 200)
          @AlphaChars
          @NumericChars
          @Chars({' ', '+', '%', '/', '?', '&', '=', '#', 'ü', '€', '\u00e9'})
          String key) {
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(CopySource.parse("bucket/" + encoded).key()).isEqualTo(key);
  }
}
