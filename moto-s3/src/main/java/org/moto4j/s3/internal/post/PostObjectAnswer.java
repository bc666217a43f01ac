package org.moto4j.s3.internal.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.EncryptionHeaders;

/**
 * What S3 answers a stored browser-form upload: {@code 303 See Other} to {@code
 * success_action_redirect} (or the older {@code redirect}) with {@code bucket}, {@code key} and
 * {@code etag} added to its query; otherwise the {@code success_action_status} asked for, {@code
 * 200} or {@code 201} (with a {@code PostResponse} document), else {@code 204}. Every answer names
 * the object's URL in {@code Location} and its {@code ETag}.
 */
final class PostObjectAnswer {

  private PostObjectAnswer() {}

  /**
   * @param virtualHosted whether the request named the bucket in its host
   */
  static MotoResponse of(
      S3Request request,
      boolean virtualHosted,
      String bucket,
      StoredObject stored,
      FormFields fields) {
    String location = objectUrl(request, virtualHosted, bucket, stored.key());
    String redirect = fields.get("success_action_redirect");
    if (redirect == null) {
      redirect = fields.get("redirect");
    }
    MotoResponse response;
    if (isUsableRedirect(redirect)) {
      response =
          MotoResponse.status(303)
              .header(
                  "Location",
                  redirect
                      + (redirect.contains("?") ? "&" : "?")
                      + "bucket="
                      + formEncode(bucket)
                      + "&key="
                      + formEncode(stored.key())
                      + "&etag="
                      + formEncode(stored.etag()));
    } else {
      String status = fields.get("success_action_status");
      if ("201".equals(status)) {
        response =
            MotoResponse.status(201)
                .xml(
                    XmlWriter.document()
                        .start("PostResponse")
                        .element("Location", location)
                        .element("Bucket", bucket)
                        .element("Key", stored.key())
                        .element("ETag", stored.etag())
                        .end()
                        .toXml());
      } else {
        response = MotoResponse.status("200".equals(status) ? 200 : 204);
      }
      response.header("Location", location);
    }
    response.header("ETag", stored.etag());
    ObjectChecksum checksum = stored.checksum();
    if (checksum != null) {
      response
          .header(checksum.algorithm().header(), checksum.value())
          .header("x-amz-checksum-type", checksum.type().name());
    }
    return EncryptionHeaders.describe(response, stored.encryption());
  }

  /** S3 follows only a URL it can read as absolute; anything else is as if none were given. */
  private static boolean isUsableRedirect(String redirect) {
    if (redirect == null || redirect.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(redirect);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The object's URL as the client addressed the bucket: {@code http://host/bucket/key} path style,
   * {@code http://bucket.host/key} virtual-host style, the key percent-encoded whole ({@code /} as
   * {@code %2F}, as S3 writes it).
   */
  private static String objectUrl(
      S3Request request, boolean virtualHosted, String bucket, String key) {
    String host = request.header("Host");
    if (host == null || host.isBlank()) {
      host = "s3.amazonaws.com";
    }
    String forwarded = request.header("X-Forwarded-Proto");
    String scheme = forwarded == null ? "http" : forwarded.trim().toLowerCase(Locale.ROOT);
    String path = virtualHosted ? "/" : "/" + pathEncode(bucket) + "/";
    return scheme + "://" + host.trim() + path + pathEncode(key);
  }

  private static String pathEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
  }

  private static String formEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
