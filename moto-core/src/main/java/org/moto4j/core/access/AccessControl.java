package org.moto4j.core.access;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.auth.SignatureVerifier;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.AuthorizationRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.policy.Evaluation;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyEvaluator;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.spi.IdentityPolicies;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.core.spi.ServiceDescriptor;

/**
 * IAM access control, off by default as in moto: once on, each AWS request is authenticated (its
 * signature verified), the permissions it needs are asked of its service's {@link
 * PermissionMapping}, and each is evaluated with AWS's logic over the caller's identity policies,
 * boundary and session policies ({@link IdentityPolicies}) and the resource's policies ({@link
 * ResourcePolicies}). A refusal is an {@code AccessDenied} in AWS's words. The control plane is
 * never checked, and {@code sts:GetCallerIdentity} is always allowed.
 *
 * <p>Switched on by {@code INITIAL_NO_AUTH_ACTION_COUNT} (moto's: the first N requests run
 * unchecked), {@code moto.iam.enforce=true} ({@code MOTO_IAM_ENFORCE}), {@code
 * Moto.builder().enforceAccessControl(true)} or {@code POST /moto-api/reset-auth}.
 */
@Singleton
public final class AccessControl {

  private static final String GET_CALLER_IDENTITY = "sts:GetCallerIdentity";

  /** What an account's root user may do in its own account: anything. */
  private static final PolicySource ROOT =
      new PolicySource(
          "root",
          "none",
          PolicyDocument.parse(
              "{\"Version\":\"2012-10-17\",\"Statement\":"
                  + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
              PolicyKind.IDENTITY));

  private final EnforcementSwitch enforcement;
  private final SignatureVerifier verifier;
  private final Map<String, PermissionMapping> mappings;
  private final List<IdentityPolicies> identities;
  private final List<ResourcePolicies> resources;
  private final IssuedSessions sessions;
  private final Clock clock;

  @Inject
  AccessControl(
      MotoConfig config,
      SignatureVerifier verifier,
      Set<PermissionMapping> mappings,
      Set<IdentityPolicies> identities,
      Set<ResourcePolicies> resources,
      IssuedSessions sessions,
      Clock clock) {
    this.enforcement = new EnforcementSwitch(initialThreshold(config));
    this.verifier = verifier;
    Map<String, PermissionMapping> byService = new HashMap<>();
    mappings.forEach(mapping -> byService.put(mapping.service(), mapping));
    this.mappings = Map.copyOf(byService);
    this.identities = List.copyOf(identities);
    this.resources = List.copyOf(resources);
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * The number of requests let through before enforcement, from the configuration: 0 when {@code
   * moto.iam.enforce} is true, else {@code INITIAL_NO_AUTH_ACTION_COUNT}, else never.
   *
   * @throws IllegalStateException when a setting is malformed
   */
  static long initialThreshold(MotoConfig config) {
    if (config.getBoolean(Setting.IAM_ENFORCE)) {
      return 0;
    }
    return config
        .get(Setting.INITIAL_NO_AUTH_ACTION_COUNT)
        .map(
            value -> {
              try {
                return parseCount(value);
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    Setting.INITIAL_NO_AUTH_ACTION_COUNT.environmentVariable()
                        + " must be a number, got '"
                        + value
                        + "'");
              }
            })
        .orElse(EnforcementSwitch.NEVER);
  }

  /**
   * Authorises {@code request} if access control applies to it now; counts it towards {@code
   * INITIAL_NO_AUTH_ACTION_COUNT} while it does not. Costs one volatile read when off.
   *
   * @throws org.moto4j.core.protocol.AwsException the authentication or authorisation error the
   *     service answers
   */
  public void authorize(
      MotoRequest request,
      RequestCredentials signer,
      AccountContext context,
      ServiceDescriptor service) {
    if (enforcement.checkNext()) {
      check(request, signer, context, service);
    }
  }

  /** Switches enforcement on for every request from now, or off; the request count restarts. */
  public void enforce(boolean on) {
    enforcement.reset(on ? 0 : EnforcementSwitch.NEVER);
  }

  /** Whether requests are checked now or will be once the initial count is reached. */
  public boolean isEnabled() {
    return enforcement.threshold() != EnforcementSwitch.NEVER;
  }

  /** Whether requests arriving now are checked (not merely counted towards the initial count). */
  public boolean isEnforcing() {
    return enforcement.isChecking();
  }

  /**
   * Authorises one permission for a caller the service established itself, such as the signer of an
   * S3 browser form (whose credential is in the body, which the dispatcher does not read).
   *
   * @param credential the verified caller, or {@code null} for an anonymous one
   * @throws org.moto4j.core.protocol.AwsException the {@code AccessDenied} the service answers
   */
  public void authorize(
      MotoRequest request,
      IssuedCredential credential,
      AccountContext context,
      Protocol protocol,
      RequiredPermission permission) {
    Caller caller = caller(request, credential, List.of(permission));
    Map<String, ContextValue> global =
        GlobalContextKeys.of(
            request,
            context.region(),
            caller.principal(),
            credential,
            caller.policies(),
            caller.session(),
            clock.instant());
    authorize(protocol, caller, global, context, permission);
  }

  /**
   * {@code POST /moto-api/reset-auth}: lets the next {@code count} requests through unchecked and
   * checks every later one, as moto does; answers the previous count as moto writes it ({@code
   * "inf"}, {@code "5.0"}).
   *
   * @throws IllegalArgumentException when {@code count} is not a number
   */
  public String resetAuth(String count) {
    return pythonFloat(enforcement.reset(parseCount(count)));
  }

  private void check(
      MotoRequest request,
      RequestCredentials signer,
      AccountContext context,
      ServiceDescriptor service) {
    Protocol protocol = service.protocol();
    IssuedCredential credential = verifier.verify(request, signer, protocol);
    PermissionMapping mapping = mappings.get(service.name());
    List<RequiredPermission> permissions =
        mapping == null ? List.of() : mapping.permissionsOf(request, context);
    for (RequiredPermission permission : permissions) {
      if (permission.action().equalsIgnoreCase(GET_CALLER_IDENTITY)) {
        // Always allowed, once the caller is authenticated.
        return;
      }
    }
    if (credential == null
        && protocol == Protocol.QUERY
        && !FederatedCallers.isFederated(permissions)) {
      throw AccessDenials.missingAuthenticationToken();
    }
    Caller caller = caller(request, credential, permissions);
    Map<String, ContextValue> global =
        GlobalContextKeys.of(
            request,
            context.region(),
            caller.principal(),
            credential,
            caller.policies(),
            caller.session(),
            clock.instant());
    for (RequiredPermission permission : permissions) {
      authorize(protocol, caller, global, context, permission);
    }
  }

  private void authorize(
      Protocol protocol,
      Caller caller,
      Map<String, ContextValue> global,
      AccountContext context,
      RequiredPermission permission) {
    Optional<ResourcePolicy> resourcePolicy = resourcePolicy(permission);
    AccountId owner =
        permission.resourceAccount() != null
            ? permission.resourceAccount()
            : resourcePolicy.map(ResourcePolicy::owner).orElse(context.account());
    Map<String, ContextValue> keys = new HashMap<>(global);
    keys.put("aws:ResourceAccount", ContextValue.string(owner.value()));
    keys.putAll(permission.context());
    AuthorizationRequest request =
        AuthorizationRequest.builder(caller.principal())
            .action(permission.action())
            .resource(permission.resource())
            .resourceAccount(owner.value())
            .context(keys)
            .build();
    boolean required = resourcePolicy.map(ResourcePolicy::required).orElse(false);
    PrincipalPolicies identity = caller.policies();
    // A principal IAM no longer knows (a deleted user or role) is allowed nothing at all.
    ApplicablePolicies policies =
        new ApplicablePolicies(
            caller.identity(),
            caller.unknown()
                ? List.of()
                : resourcePolicy.map(ResourcePolicy::policies).orElse(List.of()),
            identity == null ? List.of() : identity.permissionsBoundary(),
            identity == null ? List.of() : identity.session(),
            required);
    if (!required && FederatedCallers.isFederated(List.of(permission))) {
      // A web-identity or SAML caller gets in through the role's trust policy only.
      policies = policies.requiringResource();
      required = true;
    }
    Evaluation evaluation = PolicyEvaluator.evaluate(request, policies);
    if (!evaluation.allowed()) {
      throw AccessDenials.denied(
          protocol,
          caller.principal(),
          permission.action(),
          permission.resource(),
          request.crossAccount(),
          evaluation,
          required);
    }
  }

  private Optional<ResourcePolicy> resourcePolicy(RequiredPermission permission) {
    for (ResourcePolicies source : resources) {
      Optional<ResourcePolicy> policy = source.policiesOf(permission);
      if (policy.isPresent()) {
        return policy;
      }
    }
    return Optional.empty();
  }

  /** Who signed the request, with the policies that speak for them. */
  private Caller caller(
      MotoRequest request, IssuedCredential credential, List<RequiredPermission> permissions) {
    if (credential == null) {
      return new Caller(
          FederatedCallers.principal(request, permissions), List.of(), null, null, false);
    }
    SessionAttributes session = sessions.find(credential.accessKeyId()).orElse(null);
    String partition = credential.principalArn().split(":", 3)[1];
    String account = credential.account().value();
    boolean root =
        credential.kind() == IssuedCredential.Kind.ROOT
            || credential.principalArn().endsWith(":root");
    if (root) {
      return new Caller(
          RequestPrincipal.root(account, partition), List.of(ROOT), null, session, false);
    }
    Optional<PrincipalPolicies> found = identityOf(credential);
    PrincipalPolicies policies = found.orElse(null);
    RequestPrincipal principal =
        switch (credential.kind()) {
          case ASSUMED_ROLE ->
              RequestPrincipal.roleSession(
                  credential.principalArn(),
                  account,
                  policies != null && policies.iamArn() != null
                      ? policies.iamArn()
                      : roleArnOf(credential.principalArn()));
          case FEDERATED_USER ->
              new RequestPrincipal(
                  RequestPrincipal.Kind.FEDERATED_USER, credential.principalArn(), account, null);
          default -> RequestPrincipal.user(credential.principalArn(), account);
        };
    List<PolicySource> identity = policies == null ? List.of() : policies.identity();
    return new Caller(principal, identity, policies, session, policies == null);
  }

  private Optional<PrincipalPolicies> identityOf(IssuedCredential credential) {
    if (identities.isEmpty()) {
      return Optional.of(PrincipalPolicies.none());
    }
    for (IdentityPolicies source : identities) {
      Optional<PrincipalPolicies> policies = source.policiesOf(credential);
      if (policies.isPresent()) {
        return policies;
      }
    }
    return Optional.empty();
  }

  /** {@code arn:aws:iam::1:role/NAME} of {@code arn:aws:sts::1:assumed-role/NAME/session}. */
  static String roleArnOf(String sessionArn) {
    String[] parts = sessionArn.split(":", 6);
    if (parts.length < 6 || !parts[5].startsWith("assumed-role/")) {
      return null;
    }
    String resource = parts[5].substring("assumed-role/".length());
    int slash = resource.indexOf('/');
    String role = slash < 0 ? resource : resource.substring(0, slash);
    return "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + role;
  }

  /** A count as moto reads it: Python's {@code float()}, so {@code inf} and {@code 5.0} too. */
  static long parseCount(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("inf") || value.equals("+inf") || value.equals("infinity")) {
      return EnforcementSwitch.NEVER;
    }
    double count;
    try {
      count = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("could not convert string to float: '" + text + "'");
    }
    if (Double.isNaN(count)) {
      throw new IllegalArgumentException("could not convert string to float: '" + text + "'");
    }
    if (Double.isInfinite(count) && count > 0 || count >= EnforcementSwitch.NEVER) {
      return EnforcementSwitch.NEVER;
    }
    // A count of 2.5 lets three requests through in moto (0, 1, 2 < 2.5).
    return Math.max(0, (long) Math.ceil(count));
  }

  /** How Python prints the float moto keeps: {@code inf}, {@code 5.0}. */
  static String pythonFloat(long threshold) {
    return threshold == EnforcementSwitch.NEVER ? "inf" : threshold + ".0";
  }

  /**
   * The caller of one request.
   *
   * @param identity the identity policies evaluated (everything for root)
   * @param policies what IAM holds of the principal, or null (root, anonymous, unknown)
   * @param session what STS issued the session with, or null
   * @param unknown whether IAM no longer knows the principal (a deleted user or role)
   */
  private record Caller(
      RequestPrincipal principal,
      List<PolicySource> identity,
      PrincipalPolicies policies,
      SessionAttributes session,
      boolean unknown) {

    Caller {
      identity = List.copyOf(identity);
    }
  }
}
