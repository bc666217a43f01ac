package org.moto4j.iam.internal.provider;

import java.util.List;
import org.moto4j.core.protocol.XmlWriter;

/** Writes the members of {@code GetOpenIDConnectProvider}'s result, in the model's order. */
final class OpenIdConnectProviderXml {

  private OpenIdConnectProviderXml() {}

  static void write(XmlWriter xml, OpenIdConnectProvider provider) {
    xml.element("Url", provider.url());
    members(xml, "ClientIDList", provider.clientIds());
    members(xml, "ThumbprintList", provider.thumbprints());
    xml.element("CreateDate", provider.createDate());
    provider.tags().writeTo(xml);
  }

  /** Writes {@code <name><member>…</member>…</name>}, even for an empty list. */
  static void members(XmlWriter xml, String name, List<String> values) {
    xml.start(name);
    values.forEach(value -> xml.element("member", value));
    xml.end();
  }
}
