package org.moto4j.s3.internal.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * A bucket's CORS rules (1 to 100), checked as S3 checks them, and the first of them that allows a
 * cross-origin request.
 *
 * @param rules the rules, in the order given
 */
public record CorsConfiguration(List<CorsRule> rules) {

  /** Where a bucket keeps its CORS rules. */
  public static final BucketConfigurations.Kind<CorsConfiguration> KIND =
      new BucketConfigurations.Kind<>("cors", CorsConfiguration.class);

  /** The methods a rule may allow, which are also the ones a preflight may ask for. */
  public static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

  private static final int MAX_RULES = 100;

  public CorsConfiguration {
    rules = List.copyOf(rules);
  }

  /**
   * The rules of a {@code CORSConfiguration} document.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} (no rule, more than 100, a
   *     rule without a method or an origin, a MaxAgeSeconds that is no number), {@code
   *     InvalidRequest} (an unsupported method, a second wildcard)
   */
  public static CorsConfiguration parse(XmlNode document) {
    List<XmlNode> elements = document.children("CORSRule");
    if (elements.isEmpty() || elements.size() > MAX_RULES) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    List<CorsRule> rules = new ArrayList<>();
    for (XmlNode element : elements) {
      List<String> methods = texts(element, "AllowedMethod");
      List<String> origins = texts(element, "AllowedOrigin");
      if (methods.isEmpty() || origins.isEmpty()) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      for (String method : methods) {
        if (!METHODS.contains(method)) {
          throw S3Errors.CORS_UNSUPPORTED_METHOD.exception(method);
        }
      }
      List<String> headers = texts(element, "AllowedHeader");
      singleWildcard("AllowedOrigin", origins);
      singleWildcard("AllowedHeader", headers);
      rules.add(
          new CorsRule(
              element.childText("ID").orElse(null),
              methods,
              origins,
              headers,
              texts(element, "ExposeHeader"),
              element.childText("MaxAgeSeconds").map(CorsConfiguration::maxAge).orElse(null)));
    }
    return new CorsConfiguration(rules);
  }

  /** The first rule that allows the origin, the method and every header (lower case). */
  public Optional<CorsRule> match(String origin, String method, List<String> headers) {
    return rules.stream()
        .filter(rule -> rule.originMatching(origin) != null)
        .filter(rule -> rule.allowsMethod(method))
        .filter(rule -> rule.allowsHeaders(headers))
        .findFirst();
  }

  /** The {@code CORSConfiguration} document GetBucketCors answers. */
  public String document() {
    XmlWriter xml = XmlWriter.document().start("CORSConfiguration", S3Service.NAMESPACE);
    rules.forEach(rule -> rule.writeTo(xml));
    return xml.end().toXml();
  }

  private static List<String> texts(XmlNode element, String name) {
    return element.children(name).stream()
        .map(child -> child.text() == null ? "" : child.text())
        .toList();
  }

  private static void singleWildcard(String element, List<String> values) {
    for (String value : values) {
      if (value.indexOf('*') != value.lastIndexOf('*')) {
        throw S3Errors.CORS_TOO_MANY_WILDCARDS.exception(element, value);
      }
    }
  }

  private static int maxAge(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw S3Errors.MALFORMED_XML.exception();
    }
  }
}
