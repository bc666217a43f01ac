package org.moto4j.s3.internal.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moto4j.s3.internal.config.XmlNode;

/**
 * A bucket's website configuration as the website endpoint applies it, read from the document
 * PutBucketWebsite stored (and checked).
 *
 * @param redirectAll where every request goes, or {@code null} when the bucket serves its objects
 * @param indexSuffix the index document suffix, such as {@code index.html}
 * @param errorKey the key of the error document, or {@code null}
 * @param rules the routing rules, in order
 */
record WebsiteConfiguration(
    Redirect redirectAll, String indexSuffix, String errorKey, List<RoutingRule> rules) {

  /**
   * Where a redirect sends the client; every part optional.
   *
   * @param protocol {@code http} or {@code https}, else the request's
   * @param hostName the host, else the request's
   * @param replaceKeyPrefixWith replaces the matched key prefix
   * @param replaceKeyWith replaces the whole key
   * @param httpRedirectCode the status, 301 unless given
   */
  record Redirect(
      String protocol,
      String hostName,
      String replaceKeyPrefixWith,
      String replaceKeyWith,
      String httpRedirectCode) {

    static Redirect of(XmlNode node) {
      return new Redirect(
          node.childText("Protocol").orElse(null),
          node.childText("HostName").orElse(null),
          node.childText("ReplaceKeyPrefixWith").orElse(null),
          node.childText("ReplaceKeyWith").orElse(null),
          node.childText("HttpRedirectCode").orElse(null));
    }

    int status() {
      try {
        return httpRedirectCode == null ? 301 : Integer.parseInt(httpRedirectCode.trim());
      } catch (NumberFormatException e) {
        return 301;
      }
    }
  }

  /**
   * One routing rule: a condition on the key prefix and/or the error the request would answer.
   *
   * @param keyPrefixEquals the key prefix it applies to, or {@code null} for every key
   * @param httpErrorCodeReturnedEquals the error status it applies to, or {@code null} to apply
   *     before the object is looked up
   * @param redirect where it sends the client
   */
  record RoutingRule(
      String keyPrefixEquals, String httpErrorCodeReturnedEquals, Redirect redirect) {

    boolean matches(String key, Integer errorStatus) {
      if (keyPrefixEquals != null && !key.startsWith(keyPrefixEquals)) {
        return false;
      }
      if (httpErrorCodeReturnedEquals == null) {
        return errorStatus == null;
      }
      return errorStatus != null
          && httpErrorCodeReturnedEquals.trim().equals(Integer.toString(errorStatus));
    }

    /** The key the redirect names for {@code key}. */
    String redirectKey(String key) {
      if (redirect.replaceKeyWith() != null) {
        return redirect.replaceKeyWith();
      }
      if (redirect.replaceKeyPrefixWith() != null) {
        String prefix = keyPrefixEquals == null ? "" : keyPrefixEquals;
        return redirect.replaceKeyPrefixWith() + key.substring(prefix.length());
      }
      return key;
    }
  }

  static WebsiteConfiguration of(XmlNode document) {
    Optional<XmlNode> redirectAll = document.child("RedirectAllRequestsTo");
    if (redirectAll.isPresent()) {
      return new WebsiteConfiguration(Redirect.of(redirectAll.get()), null, null, List.of());
    }
    List<RoutingRule> rules = new ArrayList<>();
    document
        .child("RoutingRules")
        .ifPresent(
            all -> {
              for (XmlNode rule : all.children("RoutingRule")) {
                Optional<XmlNode> condition = rule.child("Condition");
                rules.add(
                    new RoutingRule(
                        condition.flatMap(c -> c.childText("KeyPrefixEquals")).orElse(null),
                        condition
                            .flatMap(c -> c.childText("HttpErrorCodeReturnedEquals"))
                            .orElse(null),
                        rule.child("Redirect")
                            .map(Redirect::of)
                            .orElse(new Redirect(null, null, null, null, null))));
              }
            });
    return new WebsiteConfiguration(
        null,
        document.child("IndexDocument").flatMap(i -> i.childText("Suffix")).orElse(null),
        document.child("ErrorDocument").flatMap(e -> e.childText("Key")).orElse(null),
        List.copyOf(rules));
  }

  /** The first rule that applies to {@code key} (before the lookup when errorStatus is null). */
  Optional<RoutingRule> rule(String key, Integer errorStatus) {
    return rules.stream().filter(rule -> rule.matches(key, errorStatus)).findFirst();
  }
}
