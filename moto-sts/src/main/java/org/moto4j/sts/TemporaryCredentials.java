package org.moto4j.sts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.IssuedSessions;
import org.moto4j.core.access.SessionAttributes;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;

/**
 * Issues STS's temporary credentials into core's {@link CredentialRegistry}, so that requests
 * signed with them act in their account as their principal, and writes them as AWS does.
 */
@Singleton
final class TemporaryCredentials {

  private final CredentialRegistry registry;
  private final Clock clock;
  private final IssuedSessions sessions;

  @Inject
  TemporaryCredentials(CredentialRegistry registry, Clock clock, IssuedSessions sessions) {
    this.registry = registry;
    this.clock = clock;
    this.sessions = sessions;
  }

  /**
   * Records what a session was issued with, for access control: its session policies narrow it, its
   * tags become {@code aws:PrincipalTag/*}.
   *
   * @param issuerArn the ARN of the caller that asked for the session
   */
  void describe(
      IssuedCredential credential,
      String policy,
      List<String> policyArns,
      List<SessionTag> tags,
      String sourceIdentity,
      String issuerArn,
      boolean multiFactor) {
    Map<String, String> tagMap = new LinkedHashMap<>();
    tags.forEach(tag -> tagMap.put(tag.key(), tag.value()));
    sessions.record(
        credential.accessKeyId(),
        credential.account(),
        new SessionAttributes(
            policy, policyArns, tagMap, sourceIdentity, now(), issuerArn, multiFactor));
  }

  /** The time now, by the injected clock. */
  Instant now() {
    return clock.instant();
  }

  /** Issues and registers a credential valid for {@code durationSeconds} from now. */
  IssuedCredential issue(
      AccountId account,
      String principalArn,
      String userId,
      IssuedCredential.Kind kind,
      long durationSeconds) {
    IssuedCredential credential =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, account),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            now().plusSeconds(durationSeconds).truncatedTo(ChronoUnit.SECONDS),
            account,
            principalArn,
            userId,
            kind);
    registry.register(credential);
    return credential;
  }

  /** Writes the {@code Credentials} element, members in the model's order. */
  static void write(XmlWriter xml, IssuedCredential credential) {
    xml.start("Credentials")
        .element("AccessKeyId", credential.accessKeyId())
        .element("SecretAccessKey", credential.secretAccessKey())
        .element("SessionToken", credential.sessionToken())
        .element("Expiration", timestamp(credential.expiration()))
        .end();
  }

  /** AWS's form for STS expirations: whole seconds, {@code 2019-11-09T13:34:41Z}. */
  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
