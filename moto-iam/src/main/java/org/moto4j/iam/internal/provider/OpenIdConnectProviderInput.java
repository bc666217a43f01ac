package org.moto4j.iam.internal.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.moto4j.core.protocol.query.Shape;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * The checks IAM makes on an OIDC provider's issuer URL and thumbprints beyond the model's: an
 * {@code https} URL with a host name and nothing but a path, at most five thumbprints of exactly
 * forty characters. AWS answers these with {@code InvalidInput} (or {@code ValidationError} for a
 * URL with no scheme), not with the model's length clauses, so a thumbprint's length is checked
 * here rather than by {@link Validation}.
 */
final class OpenIdConnectProviderInput {

  /** The most thumbprints a provider may have. */
  static final int MAX_THUMBPRINTS = 5;

  private static final int THUMBPRINT_LENGTH = 40;

  /** A thumbprint as read before IAM's own length check (the model says 40 to 40). */
  private static final Shape ANY_THUMBPRINT = Shape.string("thumbprintType", null, null, null);

  private static final Pattern HOST_LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private OpenIdConnectProviderInput() {}

  /** Reads the {@code ThumbprintList.member.N} list; call {@link #thumbprints} after the check. */
  static List<String> readThumbprints(Validation validation, boolean required) {
    return validation.strings(
        "ThumbprintList", IamShapes.THUMBPRINT_LIST, ANY_THUMBPRINT, required);
  }

  /**
   * The issuer URL without its scheme, as the ARN and {@code GetOpenIDConnectProvider} carry it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code ValidationError} or {@code InvalidInput}
   *     for a URL IAM refuses
   */
  static String url(String url) {
    if (!url.contains("://")) {
      throw IamErrors.OIDC_URL_UNPARSEABLE.exception();
    }
    if (!url.startsWith("https://")) {
      throw IamErrors.OIDC_URL_NOT_HTTPS.exception();
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw IamErrors.OIDC_URL_INVALID.exception();
    }
    if (uri.getRawAuthority() == null
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getPort() != -1
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || url.endsWith("?")
        || url.endsWith("#")
        || !isHostName(uri.getHost())) {
      throw IamErrors.OIDC_URL_INVALID.exception();
    }
    return url.substring("https://".length());
  }

  /**
   * The thumbprints, lower case as IAM keeps them.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for more than five or one
   *     that is not forty characters long
   */
  static List<String> thumbprints(List<String> thumbprints) {
    if (thumbprints == null) {
      return List.of();
    }
    if (thumbprints.size() > MAX_THUMBPRINTS) {
      throw IamErrors.THUMBPRINTS_TOO_MANY.exception();
    }
    for (String thumbprint : thumbprints) {
      if (thumbprint.length() != THUMBPRINT_LENGTH) {
        throw IamErrors.THUMBPRINT_LENGTH.exception();
      }
    }
    return thumbprints.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  private static boolean isHostName(String host) {
    if (host.length() > 253) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (!HOST_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
