package org.moto4j.core.access;

import java.util.Map;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.core.policy.ContextValue;

/**
 * One permission a request needs, as AWS's Service Authorization Reference lists it: an IAM action
 * on a resource, with the service-specific condition keys the request carries. A request may need
 * several (PutObject with tags needs {@code s3:PutObject} and {@code s3:PutObjectTagging}).
 *
 * @param action the IAM action, such as {@code s3:GetObject}
 * @param resource the resource ARN, such as {@code arn:aws:s3:::bucket/key}, or {@code *}
 * @param resourceAccount the account owning the resource, or {@code null} when it is the request's
 *     own account (or cannot be told, such as a bucket that does not exist)
 * @param context the service's condition keys for this permission ({@code s3:prefix}, {@code
 *     sts:ExternalId}…); the global {@code aws:} keys are added by access control
 */
public record RequiredPermission(
    String action, String resource, AccountId resourceAccount, Map<String, ContextValue> context) {

  public RequiredPermission {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    context = Map.copyOf(context);
  }

  /** A permission without service condition keys on a resource of the request's own account. */
  public static RequiredPermission of(String action, String resource) {
    return new RequiredPermission(action, resource, null, Map.of());
  }
}
