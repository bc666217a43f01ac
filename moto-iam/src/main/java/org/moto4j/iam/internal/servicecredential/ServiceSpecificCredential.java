package org.moto4j.iam.internal.servicecredential;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's credential for one AWS service: a user name and password (CodeCommit Git, Amazon
 * Keyspaces), or an alias and secret (Amazon Bedrock API keys).
 *
 * @param id the credential id ({@code ACCA…})
 * @param userId the unique id of its user
 * @param serviceName the service, such as {@code codecommit.amazonaws.com}
 * @param serviceUserName the user name to sign in with, or {@code null} for an API key
 * @param password the password, or {@code null} for an API key
 * @param alias an API key's alias, else {@code null}
 * @param secret an API key's secret, else {@code null}
 * @param active whether it is {@code Active}
 * @param createDate when it was created
 * @param expirationDate when it expires, or {@code null} for never
 */
public record ServiceSpecificCredential(
    String id,
    String userId,
    String serviceName,
    String serviceUserName,
    String password,
    String alias,
    String secret,
    boolean active,
    Instant createDate,
    Instant expirationDate) {

  public ServiceSpecificCredential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(createDate, "createDate");
  }

  /** The status as IAM writes it. */
  public String status() {
    return active ? "Active" : "Inactive";
  }

  ServiceSpecificCredential withActive(boolean newActive) {
    return new ServiceSpecificCredential(
        id,
        userId,
        serviceName,
        serviceUserName,
        password,
        alias,
        secret,
        newActive,
        createDate,
        expirationDate);
  }

  ServiceSpecificCredential withSecrets(String newPassword, String newSecret) {
    return new ServiceSpecificCredential(
        id,
        userId,
        serviceName,
        serviceUserName,
        newPassword,
        alias,
        newSecret,
        active,
        createDate,
        expirationDate);
  }
}
