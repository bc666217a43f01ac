package org.moto4j.iam.internal.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.access.IssuedSessions;
import org.moto4j.core.access.PrincipalPolicies;
import org.moto4j.core.access.SessionAttributes;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.spi.IdentityPolicies;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;
import org.moto4j.iam.internal.user.User;

/**
 * IAM's side of access control: the identity policies of the user or role behind a credential (a
 * user's inline and attached policies and its groups'; a role's), its permissions boundary and
 * tags, and the session policies and tags its STS session was issued with.
 */
@Singleton
public final class IamIdentityPolicies implements IdentityPolicies {

  /**
   * What a federated user may do when GetFederationToken passed no session policy: nothing, as AWS
   * says ("the resulting federated user session has no permissions"); GetCallerIdentity is always
   * allowed anyway.
   */
  private static final String NOTHING =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
          + "\"Action\":\"sts:GetCallerIdentity\",\"Resource\":\"*\"}}";

  /** A root user's own permissions: everything in its account. */
  private static final String EVERYTHING =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
          + "\"Action\":\"*\",\"Resource\":\"*\"}}";

  private final IamBackends backends;
  private final IssuedSessions sessions;
  private final ParsedPolicies parsed = new ParsedPolicies();

  @Inject
  IamIdentityPolicies(IamBackends backends, IssuedSessions sessions) {
    this.backends = backends;
    this.sessions = sessions;
  }

  @Override
  public Optional<PrincipalPolicies> policiesOf(IssuedCredential credential) {
    String partition = IamAccounts.partitionOf(credential.principalArn());
    IamBackend iam = IamAccounts.backend(backends, credential.account(), partition);
    SessionAttributes session = sessions.find(credential.accessKeyId()).orElse(null);
    return switch (credential.kind()) {
      case IAM_USER, SESSION -> user(iam, credential).map(user -> ofUser(iam, user, List.of()));
      case ASSUMED_ROLE ->
          roleName(credential.principalArn())
              .flatMap(name -> iam.roles().find(name))
              .map(role -> ofRole(iam, role, session));
      case FEDERATED_USER -> federated(iam, session);
      case ROOT -> Optional.empty();
    };
  }

  /** The user of a key: by its unique id, which survives renames, as the key's owner. */
  private static Optional<User> user(IamBackend iam, IssuedCredential credential) {
    Optional<User> byId =
        credential.userId() == null ? Optional.empty() : iam.users().findById(credential.userId());
    return byId.isPresent() ? byId : iam.users().findByArn(credential.principalArn());
  }

  private PrincipalPolicies ofUser(IamBackend iam, User user, List<PolicySource> session) {
    List<PolicySource> identity = new ArrayList<>();
    addHeld(iam, user.id(), "user", identity);
    for (Group group : iam.groups().groupsOf(user.id())) {
      addHeld(iam, group.id(), "group", identity);
    }
    return new PrincipalPolicies(
        identity,
        boundary(iam, user.permissionsBoundary()),
        tags(user.tags()),
        session,
        user.arn());
  }

  private PrincipalPolicies ofRole(IamBackend iam, Role role, SessionAttributes session) {
    List<PolicySource> identity = new ArrayList<>();
    addHeld(iam, role.id(), "role", identity);
    Map<String, String> tags = new LinkedHashMap<>(tags(role.tags()));
    if (session != null) {
      // Session tags win over the role's tags of the same key.
      tags.putAll(session.tags());
    }
    return new PrincipalPolicies(
        identity,
        boundary(iam, role.permissionsBoundary()),
        tags,
        sessionPolicies(iam, session),
        role.arn());
  }

  /** A federated user keeps its issuing user's permissions, narrowed by its session policies. */
  private Optional<PrincipalPolicies> federated(IamBackend iam, SessionAttributes session) {
    if (session == null || session.issuerArn() == null) {
      return Optional.empty();
    }
    List<PolicySource> narrowing = sessionPolicies(iam, session);
    if (narrowing.isEmpty()) {
      narrowing = List.of(parsed.source("none", "none", NOTHING, PolicyKind.IDENTITY));
    }
    if (session.issuerArn().endsWith(":root")) {
      // A root user's federated session: everything, narrowed by its session policies.
      return Optional.of(
          new PrincipalPolicies(
              List.of(parsed.source("root", "none", EVERYTHING, PolicyKind.IDENTITY)),
              List.of(),
              session.tags(),
              narrowing,
              null));
    }
    Optional<User> issuer = iam.users().findByArn(session.issuerArn());
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    PrincipalPolicies user = ofUser(iam, issuer.get(), narrowing);
    Map<String, String> tags = new LinkedHashMap<>(user.principalTags());
    tags.putAll(session.tags());
    return Optional.of(
        new PrincipalPolicies(
            user.identity(), user.permissionsBoundary(), tags, narrowing, user.iamArn()));
  }

  /** The inline and managed session policies; an unknown policy ARN adds nothing. */
  private List<PolicySource> sessionPolicies(IamBackend iam, SessionAttributes session) {
    if (session == null || !session.hasSessionPolicies()) {
      return List.of();
    }
    List<PolicySource> policies = new ArrayList<>();
    if (session.policy() != null) {
      PolicySource inline = parsed.source("session", "none", session.policy(), PolicyKind.IDENTITY);
      // A session policy that does not parse allows nothing, yet is still a session policy.
      policies.add(
          inline != null ? inline : parsed.source("session", "none", NOTHING, PolicyKind.IDENTITY));
    }
    for (String arn : session.policyArns()) {
      iam.policies().find(arn).map(this::managed).ifPresent(policies::add);
    }
    if (policies.isEmpty()) {
      policies.add(parsed.source("session", "none", NOTHING, PolicyKind.IDENTITY));
    }
    return policies;
  }

  private void addHeld(IamBackend iam, String holderId, String type, List<PolicySource> into) {
    for (InlinePolicy inline : iam.inlinePolicies().of(holderId)) {
      PolicySource source =
          parsed.source(inline.name(), type, inline.document(), PolicyKind.IDENTITY);
      if (source != null) {
        into.add(source);
      }
    }
    for (ManagedPolicy policy : iam.attachments().policiesOf(holderId)) {
      PolicySource source = managed(policy);
      if (source != null) {
        into.add(source);
      }
    }
  }

  private PolicySource managed(ManagedPolicy policy) {
    return parsed.source(
        policy.arn(),
        policy.awsManaged() ? "aws-managed" : "user-managed",
        policy.defaultVersion().document(),
        PolicyKind.IDENTITY);
  }

  /** The boundary policy; a boundary that no longer exists allows nothing. */
  private List<PolicySource> boundary(IamBackend iam, String arn) {
    if (arn == null) {
      return List.of();
    }
    PolicySource source = iam.policies().find(arn).map(this::managed).orElse(null);
    return List.of(
        source != null ? source : parsed.source(arn, "none", NOTHING, PolicyKind.IDENTITY));
  }

  private static Map<String, String> tags(Tags tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Tag tag : tags.list()) {
      byKey.put(tag.key(), tag.value());
    }
    return byKey;
  }

  /** NAME of {@code arn:aws:sts::1:assumed-role/NAME/session}. */
  private static Optional<String> roleName(String sessionArn) {
    int start = sessionArn.indexOf(":assumed-role/");
    if (start < 0) {
      return Optional.empty();
    }
    start += ":assumed-role/".length();
    int end = sessionArn.indexOf('/', start);
    return end < 0 ? Optional.empty() : Optional.of(sessionArn.substring(start, end));
  }
}
