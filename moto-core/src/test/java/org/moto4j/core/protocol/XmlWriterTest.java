package org.moto4j.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

  @Test
  void writes_namespaced_documents_and_escapes_text() {
    String xml =
        XmlWriter.document()
            .start("Root", "http://example.com/ns")
            .element("Name", "a<b>&\"c\"")
            .optional("Missing", null)
            .element("When", Instant.parse("2026-01-02T03:04:05.678901Z"))
            .element("Count", 3)
            .end()
            .toXml();
    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Root xmlns=\"http://example.com/ns\"><Name>a&lt;b&gt;&amp;\"c\"</Name>"
                + "<When>2026-01-02T03:04:05.678Z</When><Count>3</Count></Root>");
  }

  @Test
  void control_characters_are_written_as_references() {
    assertThat(XmlWriter.document().element("K", "a\u0001b\rc").toXml())
        .endsWith("<K>a&#1;b&#13;c</K>");
  }

  @Test
  void an_unclosed_document_is_a_bug() {
    assertThatThrownBy(() -> XmlWriter.document().start("Open").toXml())
        .isInstanceOf(IllegalStateException.class);
  }
}
