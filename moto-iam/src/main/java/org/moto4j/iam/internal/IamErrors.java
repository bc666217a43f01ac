package org.moto4j.iam.internal;

import java.util.Locale;
import org.moto4j.core.protocol.AwsException;

/**
 * Every error IAM answers: AWS's code, HTTP status and message template. Codes and statuses are
 * those of the model's error shapes ({@code ValidationError}, which the model does not list, is
 * AWS's common 400 for a member breaking its constraints); a test holds them to the model.
 *
 * <pre>{@code throw IamErrors.NO_SUCH_USER.exception(userName);}</pre>
 */
public enum IamErrors {
  NO_SUCH_USER("NoSuchEntity", 404, "The user with name %s cannot be found."),
  NO_SUCH_ACCESS_KEY("NoSuchEntity", 404, "The Access Key with id %s cannot be found."),
  USER_ALREADY_EXISTS("EntityAlreadyExists", 409, "User with name %s already exists."),
  ACCESS_KEYS_PER_USER("LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: %d"),
  TAGS_PER_USER("LimitExceeded", 409, "Cannot exceed quota for TagsPerUser: %d"),
  USER_HAS_ACCESS_KEYS(
      "DeleteConflict", 409, "Cannot delete entity, must delete access keys first."),
  /** A member breaks its model constraints; the message lists every broken constraint. */
  VALIDATION("ValidationError", 400, "%s"),
  /** An operation that defaults to the calling user was called with role or federated creds. */
  USER_NAME_REQUIRED(
      "ValidationError", 400, "Must specify userName when calling with non-User credentials"),
  DUPLICATE_TAG_KEYS(
      "InvalidInput",
      400,
      "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
  INVALID_POLICY_ARN("InvalidInput", 400, "ARN %s is not valid."),
  INVALID_MARKER("InvalidInput", 400, "Invalid Marker: %s"),
  INVALID_ACCESS_KEY_STATUS(
      "InvalidInput", 400, "Invalid status %s: an access key can only be made Active or Inactive.");

  private final String code;
  private final int status;
  private final String template;

  IamErrors(String code, int status, String template) {
    this.code = code;
    this.status = status;
    this.template = template;
  }

  /** AWS's error code, such as {@code NoSuchEntity}. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers it with. */
  public int status() {
    return status;
  }

  /** The message template, {@link String#format} style. */
  public String template() {
    return template;
  }

  /** The exception to throw, its message filled with {@code arguments}. */
  public AwsException exception(Object... arguments) {
    return new AwsException(code, status, String.format(Locale.ROOT, template, arguments));
  }
}
