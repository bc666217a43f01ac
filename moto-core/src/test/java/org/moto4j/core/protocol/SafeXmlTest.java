package org.moto4j.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

  @Test
  void parses_namespaced_documents() {
    assertThat(
            SafeXml.parse(bytes("<a:Root xmlns:a=\"urn:x\"><a:Child>v</a:Child></a:Root>"))
                .getDocumentElement()
                .getLocalName())
        .isEqualTo("Root");
  }

  @Test
  void refuses_doctypes_so_no_entity_is_ever_read() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<r>&x;</r>";
    assertThatThrownBy(() -> SafeXml.parse(bytes(xxe)))
        .isInstanceOf(SafeXml.MalformedException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refuses_what_is_not_well_formed() {
    assertThatThrownBy(() -> SafeXml.parse(bytes("<open>")))
        .isInstanceOf(SafeXml.MalformedException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
