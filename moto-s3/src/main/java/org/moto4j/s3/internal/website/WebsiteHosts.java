package org.moto4j.s3.internal.website;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a bucket's static website endpoint: {@code bucket.s3-website-us-east-1.amazonaws.com}
 * and {@code bucket.s3-website.eu-central-1.amazonaws.com} as AWS names them, and {@code
 * bucket.s3-website.localhost} (any port), the local form that reaches moto4j without DNS.
 */
public final class WebsiteHosts {

  private static final Pattern WEBSITE_HOST =
      Pattern.compile(
          "(.+)\\.s3-website(?:[.-][a-z0-9-]+)?\\.(?:amazonaws\\.com(?:\\.cn)?|localhost)");

  private WebsiteHosts() {}

  /**
   * The bucket a website endpoint host names.
   *
   * @param host the host as {@link org.moto4j.core.http.MotoRequest#host()} gives it
   */
  public static Optional<String> bucketOf(String host) {
    Matcher matcher = WEBSITE_HOST.matcher(host);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
