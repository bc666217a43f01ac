package org.moto4j.iam.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.accesskey.AccessKeys;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.account.AccountSettings;
import org.moto4j.iam.internal.certificate.ServerCertificates;
import org.moto4j.iam.internal.certificate.SigningCertificates;
import org.moto4j.iam.internal.group.Groups;
import org.moto4j.iam.internal.inline.InlinePolicies;
import org.moto4j.iam.internal.instanceprofile.InstanceProfiles;
import org.moto4j.iam.internal.login.LoginProfiles;
import org.moto4j.iam.internal.mfa.MfaDevices;
import org.moto4j.iam.internal.policy.Attachments;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.policy.Policies;
import org.moto4j.iam.internal.policy.PolicyUsage;
import org.moto4j.iam.internal.provider.OpenIdConnectProviders;
import org.moto4j.iam.internal.provider.SamlProviders;
import org.moto4j.iam.internal.report.AccessReports;
import org.moto4j.iam.internal.report.CredentialReports;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.role.RoleLastUsed;
import org.moto4j.iam.internal.role.Roles;
import org.moto4j.iam.internal.servicecredential.ServiceSpecificCredentials;
import org.moto4j.iam.internal.ssh.SshPublicKeys;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The IAM state of one account in one partition: its stores, and the changes that span several of
 * them (those to users and groups in {@link UserChanges}, to roles in {@link RoleChanges}). Every
 * change holds this account's lock (IAM changes are rare and small, and the lock makes "delete a
 * user that has no keys" atomic); reads never do. Closed when the account is reset, which revokes
 * its access keys.
 */
public final class IamBackend implements AutoCloseable {

  private final Object lock = new Object();
  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Instant created;
  private final Users users;
  private final AccessKeys accessKeys;
  // account, providers, reports (WP-ACCT)
  private final OpenIdConnectProviders openIdConnectProviders;
  private final SamlProviders samlProviders;
  private final AccountSettings settings = new AccountSettings();
  private final CredentialReports credentialReports;
  private final AccessReports accessReports;
  private final Groups groups;
  private final Roles roles;
  private final InstanceProfiles instanceProfiles;
  private final Policies policies;
  private final Attachments attachments;
  private final InlinePolicies inlinePolicies;
  // user credentials (WP-CRED)
  private final LoginProfiles loginProfiles;
  private final MfaDevices mfaDevices;
  private final SshPublicKeys sshPublicKeys;
  private final ServerCertificates serverCertificates;
  private final SigningCertificates signingCertificates;
  private final ServiceSpecificCredentials serviceSpecificCredentials;
  private final CredentialRegistry credentials;
  private final UserChanges userChanges;
  private final RoleChanges roleChanges;

  public IamBackend(
      AccountId account, String partition, CredentialRegistry credentials, Clock clock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.created = clock.instant();
    this.users = new Users(account, partition, clock, lock);
    this.accessKeys = new AccessKeys(account, credentials, lock);
    this.openIdConnectProviders = new OpenIdConnectProviders(account, partition, clock, lock);
    this.samlProviders = new SamlProviders(account, partition, clock, lock);
    this.credentialReports = new CredentialReports(clock);
    this.accessReports = new AccessReports(clock);
    this.groups = new Groups(account, partition, clock, lock);
    this.roles = new Roles(account, partition, clock, lock);
    this.instanceProfiles = new InstanceProfiles(account, partition, clock, lock);
    this.policies = new Policies(account, partition, clock, lock);
    this.attachments = new Attachments(policies, lock);
    this.inlinePolicies = new InlinePolicies(lock);
    this.loginProfiles = new LoginProfiles(account, users, clock, lock);
    this.mfaDevices = new MfaDevices(account, partition, users, clock, lock);
    this.sshPublicKeys = new SshPublicKeys(users, clock, lock);
    this.serverCertificates = new ServerCertificates(account, partition, clock, lock);
    this.signingCertificates = new SigningCertificates(users, clock, lock);
    this.serviceSpecificCredentials = new ServiceSpecificCredentials(account, users, clock, lock);
    this.credentials = credentials;
    this.userChanges = new UserChanges(this, lock);
    this.roleChanges = new RoleChanges(this, lock);
  }

  public AccountId account() {
    return account;
  }

  public String partition() {
    return partition;
  }

  /** When moto4j first saw the account: the root user's {@code CreateDate}. */
  public Instant created() {
    return created;
  }

  public Users users() {
    return users;
  }

  public AccessKeys accessKeys() {
    return accessKeys;
  }

  public OpenIdConnectProviders openIdConnectProviders() {
    return openIdConnectProviders;
  }

  public SamlProviders samlProviders() {
    return samlProviders;
  }

  /** Account-wide settings: STS token version, outbound web identity federation. */
  public AccountSettings settings() {
    return settings;
  }

  public CredentialReports credentialReports() {
    return credentialReports;
  }

  /** The service-last-accessed jobs generated in the account. */
  public AccessReports accessReports() {
    return accessReports;
  }

  public Groups groups() {
    return groups;
  }

  public Roles roles() {
    return roles;
  }

  public InstanceProfiles instanceProfiles() {
    return instanceProfiles;
  }

  /** The managed policies the account sees: its own and AWS's. */
  public Policies policies() {
    return policies;
  }

  /** Which managed policies each user, group and role has attached, by the holder's unique id. */
  public Attachments attachments() {
    return attachments;
  }

  /** The inline policies of each user, group and role, by the holder's unique id. */
  public InlinePolicies inlinePolicies() {
    return inlinePolicies;
  }

  /** The users' console passwords and the account's password policy. */
  public LoginProfiles loginProfiles() {
    return loginProfiles;
  }

  /** The virtual MFA devices, and the MFA devices enabled for users. */
  public MfaDevices mfaDevices() {
    return mfaDevices;
  }

  /** The users' SSH public keys. */
  public SshPublicKeys sshPublicKeys() {
    return sshPublicKeys;
  }

  /** The account's server certificates. */
  public ServerCertificates serverCertificates() {
    return serverCertificates;
  }

  /** The signing certificates of users and the root. */
  public SigningCertificates signingCertificates() {
    return signingCertificates;
  }

  /** The users' service-specific credentials (CodeCommit, Keyspaces, Bedrock). */
  public ServiceSpecificCredentials serviceSpecificCredentials() {
    return serviceSpecificCredentials;
  }

  /**
   * Deletes a managed policy of the account.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, {@code InvalidInput} for
   *     one of AWS's, or {@code DeleteConflict} while it is attached, a permissions boundary, or
   *     has versions besides the default
   */
  public void deletePolicy(String arn) {
    synchronized (lock) {
      ManagedPolicy policy = policies.ownPolicy(arn);
      if (PolicyUsage.of(this).isUsed(policy.arn())) {
        throw IamErrors.POLICY_ATTACHED.exception();
      }
      if (policy.versions().size() > 1) {
        throw IamErrors.POLICY_HAS_VERSIONS.exception();
      }
      policies.remove(policy);
    }
  }

  /** Refuses to delete a user, group or role that still has policies, as AWS does. */
  void checkHoldsNoPolicies(String holderId) {
    if (!inlinePolicies.of(holderId).isEmpty()) {
      throw IamErrors.ENTITY_HAS_INLINE_POLICIES.exception();
    }
    if (!attachments.attachedTo(holderId).isEmpty()) {
      throw IamErrors.ENTITY_HAS_ATTACHED_POLICIES.exception();
    }
  }

  /** The changes to users and groups that span several stores. */
  public UserChanges userChanges() {
    return userChanges;
  }

  /** The changes to roles and instance profiles that span several stores. */
  public RoleChanges roleChanges() {
    return roleChanges;
  }

  /**
   * The role with its last use: the latest request made with a session of it since it was created,
   * as moto4j's dispatcher recorded it.
   */
  public Role withLastUse(Role role) {
    return credentials
        .lastRoleUse(account, role.name())
        .filter(use -> !use.when().isBefore(role.createDate()))
        .map(use -> role.withLastUsed(new RoleLastUsed(use.when(), use.region())))
        .orElse(role);
  }

  /** The last use of an access key of the account, if it was used since it was created. */
  public Optional<CredentialRegistry.CredentialUse> lastUse(String accessKeyId) {
    return credentials.lastUse(accessKeyId);
  }

  /** The account's root user as a key owner. */
  public KeyOwner root() {
    return KeyOwner.root(account, partition);
  }

  /** The name of the user with this unique id; empty for the root or a user gone since. */
  public Optional<String> userName(String ownerId) {
    return users.findById(ownerId).map(User::name);
  }

  /** A boundary must be a managed policy that exists, the account's or AWS's. */
  void checkBoundaryPolicy(String boundary) {
    if (boundary != null && policies.find(boundary).isEmpty()) {
      throw IamErrors.NO_SUCH_BOUNDARY_POLICY.exception(boundary);
    }
  }

  /** Creates a key for an owner that must still exist. */
  public AccessKey createAccessKey(KeyOwner owner) {
    synchronized (lock) {
      return accessKeys.create(current(owner), clock.instant());
    }
  }

  /** Activates or deactivates a key of an owner. */
  public AccessKey updateAccessKey(KeyOwner owner, String keyId, AccessKey.Status status) {
    synchronized (lock) {
      return accessKeys.setStatus(current(owner), keyId, status);
    }
  }

  /** Deletes a key of an owner. */
  public void deleteAccessKey(KeyOwner owner, String keyId) {
    synchronized (lock) {
      accessKeys.delete(current(owner), keyId);
    }
  }

  /** The owner as it is now: a user may have been renamed or deleted since the request read it. */
  private KeyOwner current(KeyOwner owner) {
    if (owner.isRoot()) {
      return owner;
    }
    return users
        .findById(owner.id())
        .map(user -> KeyOwner.of(account, user))
        .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(owner.userName()));
  }

  @Override
  public void close() {
    accessKeys.revokeAll();
  }
}
