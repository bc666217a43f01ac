package org.moto4j.core.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a request asks, as policies see it: the principal, one action, one resource and the request
 * context. Context key names are case-insensitive, as in IAM.
 *
 * <pre>{@code
 * AuthorizationRequest request =
 *     AuthorizationRequest.builder(RequestPrincipal.user(userArn, "111111111111"))
 *         .action("s3:GetObject")
 *         .resource("arn:aws:s3:::bucket/key")
 *         .context("aws:SecureTransport", ContextValue.bool(true))
 *         .build();
 * }</pre>
 *
 * @param resourceAccount the account owning the resource, or null when it is the principal's
 */
public record AuthorizationRequest(
    RequestPrincipal principal,
    String action,
    String resource,
    String resourceAccount,
    Map<String, ContextValue> context) {

  public AuthorizationRequest {
    Map<String, ContextValue> lower = new LinkedHashMap<>();
    context.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    context = Map.copyOf(lower);
  }

  /** The value of a context key, or null when the request has none. */
  public ContextValue contextValue(String key) {
    return context.get(key.toLowerCase(Locale.ROOT));
  }

  /** Whether the resource belongs to another account than the principal. */
  public boolean crossAccount() {
    return resourceAccount != null
        && principal.accountId() != null
        && !resourceAccount.equals(principal.accountId());
  }

  /** The same request for another action and resource. */
  public AuthorizationRequest withTarget(String action, String resource, String resourceAccount) {
    return new AuthorizationRequest(principal, action, resource, resourceAccount, context);
  }

  public static Builder builder(RequestPrincipal principal) {
    return new Builder(principal);
  }

  /** Builds a request. */
  public static final class Builder {
    private final RequestPrincipal principal;
    private String action = "*";
    private String resource = "*";
    private String resourceAccount;
    private final Map<String, ContextValue> context = new LinkedHashMap<>();

    private Builder(RequestPrincipal principal) {
      this.principal = principal;
    }

    public Builder action(String action) {
      this.action = action;
      return this;
    }

    public Builder resource(String resource) {
      this.resource = resource;
      return this;
    }

    public Builder resourceAccount(String account) {
      this.resourceAccount = account;
      return this;
    }

    public Builder context(String key, ContextValue value) {
      context.put(key, value);
      return this;
    }

    public Builder context(Map<String, ContextValue> values) {
      context.putAll(values);
      return this;
    }

    public AuthorizationRequest build() {
      return new AuthorizationRequest(principal, action, resource, resourceAccount, context);
    }
  }
}
