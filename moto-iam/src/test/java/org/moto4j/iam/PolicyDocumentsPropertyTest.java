package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.moto4j.iam.internal.policy.PolicyDocuments;

/**
 * The text of policy documents: the URL-encoding AWS answers them in gives the document back, and
 * the size quotas count every character but white space.
 */
class PolicyDocumentsPropertyTest {

  @Property(tries = 500)
  void the_encoding_decodes_to_the_document_and_holds_only_unreserved_characters_and_escapes(
      @ForAll String document) {
    String encoded = PolicyDocuments.encoded(document);

    assertThat(encoded).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");
    // Unpaired surrogates have no UTF-8 form; every other string comes back whole.
    String expected = new String(document.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Property(tries = 200)
  void white_space_never_counts_towards_a_documents_size(
      @ForAll String document, @ForAll("whiteSpace") String padding) {
    int size = PolicyDocuments.size(document);

    assertThat(PolicyDocuments.size(padding + document + padding)).isEqualTo(size);
    assertThat(size).isLessThanOrEqualTo(document.length());
  }

  @Provide
  Arbitrary<String> whiteSpace() {
    return Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(20);
  }
}
