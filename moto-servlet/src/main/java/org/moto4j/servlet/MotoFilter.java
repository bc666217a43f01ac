package org.moto4j.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.moto4j.core.AccountResolver;
import org.moto4j.core.Moto;

/**
 * Serves AWS requests inside an existing web application and passes every other request down the
 * chain. Configured by code ({@code new MotoFilter(MotoSettings.create()....toMoto(), "/aws")}) or
 * by init-parameters: {@code prefix} and those of {@link MotoSettings}.
 *
 * <p>With a prefix (constructor argument or init-parameter {@code prefix}, such as {@code /aws}),
 * every request under it is AWS and is served with the prefix stripped; requests outside it pass
 * on, except AWS-looking requests at the context root (the AWS SDK for Java v2 sends STS and IAM
 * requests there whatever the endpoint's path). Without a prefix, a request is AWS when it looks
 * like one: signed (SigV4, SigV2, presigned), naming an account with {@code x-moto-account-id}, or
 * addressing {@code /moto-api}.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new MotoFilter(moto, "/aws")), "/*", null);
 * }</pre>
 */
public class MotoFilter implements Filter {

  private Moto moto;
  private String prefix;

  /** A filter configured by its init-parameters, building its own {@link Moto}. */
  public MotoFilter() {}

  /**
   * A filter serving {@code moto} under {@code prefix}.
   *
   * @param prefix the path below the context, such as {@code /aws}; {@code ""} to serve AWS-looking
   *     requests anywhere; {@code null} to take it from the init-parameter {@code prefix}
   */
  public MotoFilter(Moto moto, String prefix) {
    this.moto = moto;
    this.prefix = prefix == null ? null : normalise(prefix);
  }

  /**
   * Reads the init-parameters: {@code prefix}, and when the filter builds its own {@link Moto}, the
   * {@link MotoSettings} ({@code account-id}, {@code region}, {@code initial-no-auth-action-count},
   * {@code blob-memory-threshold}).
   *
   * @throws ServletException when a setting is malformed, so the application fails to start
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    if (prefix == null) {
      String configured = config.getInitParameter("prefix");
      prefix = configured == null ? "" : normalise(configured);
    }
    if (moto == null) {
      try {
        moto = MotoSettings.fromParameters(config::getInitParameter).toMoto();
      } catch (IllegalArgumentException e) {
        throw new ServletException("MotoFilter " + config.getFilterName() + ": " + e.getMessage());
      }
    }
  }

  /** The {@link Moto} this filter serves. */
  public Moto moto() {
    return moto;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse) {
      String mount = mountFor(http);
      if (mount != null) {
        ServletExchange.serve(moto, mount, http, httpResponse);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The mount path to serve the request under, or {@code null} when it is not for moto4j. */
  private String mountFor(HttpServletRequest request) {
    String below = request.getRequestURI().substring(request.getContextPath().length());
    if (prefix.isEmpty()) {
      return looksLikeAws(request, below) ? "" : null;
    }
    if (below.equals(prefix) || below.startsWith(prefix + "/")) {
      return prefix;
    }
    // The AWS SDK for Java v2 drops an endpoint's path for query-protocol services (STS, IAM:
    // aws-sdk-java-v2#3387), so their requests arrive at the context root: take those that are
    // plainly AWS.
    if ((below.isEmpty() || below.equals("/")) && looksLikeAws(request, below)) {
      return "";
    }
    return null;
  }

  private static boolean looksLikeAws(HttpServletRequest request, String below) {
    String authorization = request.getHeader("Authorization");
    return below.startsWith("/moto-api")
        || (authorization != null
            && (authorization.startsWith("AWS4-") || authorization.startsWith("AWS ")))
        || request.getHeader(AccountResolver.ACCOUNT_HEADER) != null
        || hasQueryParameter(request, "X-Amz-Credential")
        || hasQueryParameter(request, "AWSAccessKeyId");
  }

  private static boolean hasQueryParameter(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    return query != null && (query.startsWith(name + "=") || query.contains("&" + name + "="));
  }

  private static String normalise(String prefix) {
    if (prefix.isBlank() || prefix.trim().equals("/")) {
      return "";
    }
    String trimmed = prefix.trim();
    if (!trimmed.startsWith("/")) {
      trimmed = "/" + trimmed;
    }
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
