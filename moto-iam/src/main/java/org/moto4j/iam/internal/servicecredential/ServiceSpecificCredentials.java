package org.moto4j.iam.internal.servicecredential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The service-specific credentials of one account's users. Changes hold the account's IAM lock;
 * reads are lock-free.
 */
public final class ServiceSpecificCredentials {

  /** How many credentials a user may have for one service, as AWS's quota. */
  public static final int MAX_PER_USER_PER_SERVICE = 2;

  /** The services that take user-name-and-password credentials. */
  static final Set<String> PASSWORD_SERVICES =
      Set.of("codecommit.amazonaws.com", "cassandra.amazonaws.com");

  /** The services that take API keys (an alias and a secret). */
  static final Set<String> API_KEY_SERVICES = Set.of("bedrock.amazonaws.com");

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Comparator<ServiceSpecificCredential> OLDEST_FIRST =
      Comparator.comparing(ServiceSpecificCredential::createDate)
          .thenComparing(ServiceSpecificCredential::id);

  private final AccountId account;
  private final Users users;
  private final Clock clock;
  private final Object lock;
  private final Map<String, ServiceSpecificCredential> byId = new ConcurrentHashMap<>();

  public ServiceSpecificCredentials(AccountId account, Users users, Clock clock, Object lock) {
    this.account = account;
    this.users = users;
    this.clock = clock;
    this.lock = lock;
  }

  /** Every credential of the account, oldest first. */
  public List<ServiceSpecificCredential> all() {
    return byId.values().stream().sorted(OLDEST_FIRST).toList();
  }

  /** The credentials of the user with this unique id, oldest first. */
  public List<ServiceSpecificCredential> ownedBy(String userId) {
    return byId.values().stream()
        .filter(credential -> credential.userId().equals(userId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * Checks that IAM issues credentials for {@code serviceName}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NotSupportedService}
   */
  public static void checkSupported(String serviceName) {
    if (!PASSWORD_SERVICES.contains(serviceName) && !API_KEY_SERVICES.contains(serviceName)) {
      throw IamErrors.SERVICE_NOT_SUPPORTED.exception(serviceName);
    }
  }

  /**
   * The credential {@code id} of {@code user}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it has none such
   */
  public ServiceSpecificCredential get(User user, String id) {
    ServiceSpecificCredential credential = byId.get(id);
    if (credential == null || !credential.userId().equals(user.id())) {
      throw IamErrors.NO_SUCH_SERVICE_SPECIFIC_CREDENTIAL.exception(id);
    }
    return credential;
  }

  /**
   * Creates an active credential for a user and a service.
   *
   * @param ageDays days until it expires, or {@code null} for never
   * @throws org.moto4j.core.protocol.AwsException {@code NotSupportedService}, {@code NoSuchEntity}
   *     for a user gone since, or {@code LimitExceeded} past two for the service
   */
  public ServiceSpecificCredential create(User user, String serviceName, Integer ageDays) {
    checkSupported(serviceName);
    synchronized (lock) {
      User current =
          users
              .findById(user.id())
              .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(user.name()));
      long forService =
          ownedBy(current.id()).stream()
              .filter(credential -> credential.serviceName().equals(serviceName))
              .count();
      if (forService >= MAX_PER_USER_PER_SERVICE) {
        throw IamErrors.SERVICE_SPECIFIC_CREDENTIALS_PER_USER.exception(MAX_PER_USER_PER_SERVICE);
      }
      Instant now = clock.instant();
      boolean apiKey = API_KEY_SERVICES.contains(serviceName);
      String signInName = current.name() + "-at-" + account.value();
      ServiceSpecificCredential credential =
          new ServiceSpecificCredential(
              AccessKeyIds.uniqueId("ACCA"),
              current.id(),
              serviceName,
              apiKey ? null : signInName,
              apiKey ? null : newPassword(),
              apiKey ? signInName : null,
              apiKey ? newSecret() : null,
              true,
              now,
              ageDays == null ? null : now.plus(Duration.ofDays(ageDays)));
      byId.put(credential.id(), credential);
      return credential;
    }
  }

  /** Gives a credential a new password (or secret); the user name stays. */
  public ServiceSpecificCredential reset(User user, String id) {
    synchronized (lock) {
      ServiceSpecificCredential current = get(user, id);
      ServiceSpecificCredential reset =
          current.password() != null
              ? current.withSecrets(newPassword(), null)
              : current.withSecrets(null, newSecret());
      byId.put(id, reset);
      return reset;
    }
  }

  /** Activates or deactivates a credential. */
  public void setActive(User user, String id, boolean active) {
    synchronized (lock) {
      byId.put(id, get(user, id).withActive(active));
    }
  }

  /** Deletes a credential. */
  public void delete(User user, String id) {
    synchronized (lock) {
      get(user, id);
      byId.remove(id);
    }
  }

  private static String newPassword() {
    StringBuilder password = new StringBuilder(44);
    for (int i = 0; i < 44; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  private static String newSecret() {
    byte[] secret = new byte[96];
    RANDOM.nextBytes(secret);
    return "ABSK" + Base64.getEncoder().encodeToString(secret);
  }
}
