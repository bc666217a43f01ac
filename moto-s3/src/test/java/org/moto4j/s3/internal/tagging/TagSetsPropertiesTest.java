package org.moto4j.s3.internal.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.XmlBodies;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * Tag sets S3 accepts survive their {@code Tagging} document whole and in order; a set with a key
 * twice is refused naming that key, whatever else it holds.
 */
class TagSetsPropertiesTest {

  @Property(tries = 100)
  void an_accepted_tag_set_round_trips_through_its_document(
      @ForAll("tagSets") Map<String, String> tags) {
    Map<String, String> checked =
        TagSets.check(
            List.copyOf(tags.entrySet()), TagSets.MAX_BUCKET_TAGS, S3Errors.TOO_MANY_BUCKET_TAGS);
    XmlNode document =
        XmlBodies.read(
                new ByteArrayInputStream(
                    TagSets.document(checked).getBytes(StandardCharsets.UTF_8)),
                "Tagging")
            .map(XmlNode::of)
            .orElseThrow();
    Map<String, String> parsed =
        TagSets.parse(document, TagSets.MAX_BUCKET_TAGS, S3Errors.TOO_MANY_BUCKET_TAGS);
    assertThat(parsed).containsExactlyEntriesOf(tags);
  }

  @Property(tries = 100)
  void a_key_given_twice_is_refused_naming_it(@ForAll("tagSets") Map<String, String> tags) {
    List<Map.Entry<String, String>> doubled = new ArrayList<>(tags.entrySet());
    Map.Entry<String, String> first = doubled.isEmpty() ? Map.entry("k", "v") : doubled.get(0);
    doubled.add(first);
    doubled.add(Map.entry(first.getKey(), "again"));
    assertThatThrownBy(() -> TagSets.check(doubled, 60, S3Errors.TOO_MANY_BUCKET_TAGS))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidTag");
              assertThat(e.details()).containsEntry("TagKey", first.getKey());
            });
  }

  @Provide
  Arbitrary<Map<String, String>> tagSets() {
    StringArbitrary text =
        Arbitraries.strings().withChars("abcXYZ019 _.:/=+-@éü文").withCharRange('\u4e00', '\u4e10');
    Arbitrary<String> keys =
        text.ofMinLength(1)
            .ofMaxLength(128)
            .filter(key -> !key.toLowerCase(Locale.ROOT).startsWith("aws:"));
    return Arbitraries.maps(keys, text.ofMaxLength(256)).ofMaxSize(12).map(LinkedHashMap::new);
  }
}
