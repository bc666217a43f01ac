package org.moto4j.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.policy.PolicySource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Access control end to end through the dispatcher, with a tiny service and its SPIs. */
class AccessControlTest {

  private static final AccountId A = AccountId.of("111111111111");
  private static final AccountId B = AccountId.of("222222222222");
  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final String ROLE = "arn:aws:iam::111111111111:role/team/deployer";
  private static final String SESSION = "arn:aws:sts::111111111111:assumed-role/deployer/ci";

  private final Moto moto = moto(new MotoConfig(Map.of()));
  private final ThingService.Policies policies =
      moto.injector().getInstance(ThingService.Policies.class);
  private final CredentialRegistry registry = moto.injector().getInstance(CredentialRegistry.class);

  private static Moto moto(MotoConfig config) {
    return Moto.builder().config(config).services(List.of(new ThingService())).build();
  }

  @Test
  void access_control_is_off_by_default_and_changes_nothing() {
    assertThat(moto.accessControl().isEnabled()).isFalse();
    MotoResponse unsigned = moto.handle(unsignedForm("Action=PutThing&Version=2020-01-01&Name=x"));
    assertThat(unsigned.status()).isEqualTo(200);
    IssuedCredential alice = user(ALICE, A);
    assertThat(send(alice, "PutThing", "x").status()).isEqualTo(200);
  }

  @Test
  void a_user_gets_what_its_identity_policy_allows_and_an_aws_worded_refusal_otherwise() {
    moto.accessControl().enforce(true);
    IssuedCredential alice = user(ALICE, A);
    allowAlice("thing:GetThing");

    assertThat(send(alice, "GetThing", "x").status()).isEqualTo(200);
    MotoResponse denied = send(alice, "PutThing", "x");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(body(denied))
        .contains("<Code>AccessDenied</Code>")
        .contains(
            "<Message>User: arn:aws:iam::111111111111:user/alice is not authorized to perform:"
                + " thing:PutThing on resource: arn:aws:thing:::x because no identity-based policy"
                + " allows the thing:PutThing action</Message>");
  }

  @Test
  void an_explicit_deny_is_named_in_the_refusal() {
    moto.accessControl().enforce(true);
    IssuedCredential alice = user(ALICE, A);
    policies.identities.put(
        ALICE,
        new PrincipalPolicies(
            List.of(policy("Allow", "thing:*", "*"), policy("Deny", "thing:GetThing", "*")),
            List.of(),
            Map.of()));

    assertThat(body(send(alice, "GetThing", "x")))
        .contains(
            "thing:GetThing on resource: arn:aws:thing:::x with an explicit deny in an"
                + " identity-based policy</Message>");
  }

  @Test
  void a_boundary_or_a_session_policy_that_does_not_allow_is_named_in_the_refusal() {
    moto.accessControl().enforce(true);
    IssuedCredential alice = user(ALICE, A);
    policies.identities.put(
        ALICE,
        new PrincipalPolicies(
            List.of(policy("Allow", "thing:*", "*")),
            List.of(policy("Allow", "thing:GetThing", "*")),
            Map.of()));
    assertThat(send(alice, "GetThing", "x").status()).isEqualTo(200);
    assertThat(body(send(alice, "PutThing", "x")))
        .contains("because no permissions boundary allows the thing:PutThing action");

    IssuedCredential session = roleSession(SESSION, A);
    policies.identities.put(
        SESSION,
        new PrincipalPolicies(
            List.of(policy("Allow", "thing:*", "*")),
            List.of(),
            Map.of(),
            List.of(policy("Allow", "thing:GetThing", "*")),
            ROLE));
    assertThat(send(session, "GetThing", "x").status()).isEqualTo(200);
    assertThat(body(send(session, "PutThing", "x")))
        .contains("User: " + SESSION + " is not authorized")
        .contains("because no session policy allows the thing:PutThing action");
  }

  @Test
  void a_resource_policy_allows_on_its_own_in_the_account_but_not_across_accounts() {
    moto.accessControl().enforce(true);
    IssuedCredential alice = user(ALICE, A);
    policies.identities.put(ALICE, PrincipalPolicies.none());
    String grant =
        "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'AWS':'"
            + ALICE
            + "'},'Action':'thing:*','Resource':'*'}}";
    policies.resources.put(
        "arn:aws:thing:::mine", new ResourcePolicy(A, List.of(ThingService.resource(grant))));
    policies.resources.put(
        "arn:aws:thing:::theirs", new ResourcePolicy(B, List.of(ThingService.resource(grant))));

    assertThat(send(alice, "GetThing", "mine").status()).isEqualTo(200);
    MotoResponse across = send(alice, "GetThing", "theirs");
    assertThat(across.status()).isEqualTo(403);
    assertThat(body(across)).contains("because no identity-based policy allows");

    allowAlice("thing:GetThing");
    assertThat(send(alice, "GetThing", "theirs").status()).isEqualTo(200);
  }

  @Test
  void a_role_session_matches_its_role_and_reads_its_global_keys() {
    moto.accessControl().enforce(true);
    IssuedCredential session = roleSession(SESSION, A);
    policies.identities.put(
        SESSION,
        new PrincipalPolicies(
            List.of(
                ThingService.identity(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'thing:*',"
                        + "'Resource':'arn:aws:thing:::${aws:PrincipalTag/team}',"
                        + "'Condition':{'StringEquals':{'aws:PrincipalArn':'"
                        + ROLE
                        + "','aws:PrincipalAccount':'111111111111','aws:PrincipalType':'AssumedRole',"
                        + "'aws:RequestedRegion':'us-east-1','aws:userid':'AROAEXAMPLE:ci'},"
                        + "'IpAddress':{'aws:SourceIp':'203.0.113.0/24'},"
                        + "'Bool':{'aws:SecureTransport':'true','aws:MultiFactorAuthPresent':'false'},"
                        + "'Null':{'aws:username':'true','aws:TokenIssueTime':'false'}}}}")),
            List.of(),
            Map.of("team", "blue"),
            List.of(),
            ROLE));
    moto.injector()
        .getInstance(IssuedSessions.class)
        .record(
            session.accessKeyId(),
            A,
            new SessionAttributes(null, List.of(), Map.of(), null, Instant.now(), ALICE, false));

    assertThat(send(session, "GetThing", "blue", "203.0.113.9", true).status()).isEqualTo(200);
    assertThat(send(session, "GetThing", "red", "203.0.113.9", true).status()).isEqualTo(403);
    assertThat(send(session, "GetThing", "blue", "198.51.100.1", true).status()).isEqualTo(403);
    assertThat(send(session, "GetThing", "blue", "203.0.113.9", false).status()).isEqualTo(403);
  }

  @Test
  void a_user_iam_no_longer_knows_is_allowed_nothing() {
    moto.accessControl().enforce(true);
    IssuedCredential ghost = user("arn:aws:iam::111111111111:user/ghost", A);
    String grant =
        "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':'*',"
            + "'Action':'thing:*','Resource':'*'}}";
    policies.resources.put(
        "arn:aws:thing:::x", new ResourcePolicy(A, List.of(ThingService.resource(grant))));
    assertThat(send(ghost, "GetThing", "x").status()).isEqualTo(403);
  }

  @Test
  void root_may_do_anything_in_its_account_unless_a_resource_policy_denies() {
    moto.accessControl().enforce(true);
    IssuedCredential root = registry.root(A);
    assertThat(send(root, "PutThing", "x").status()).isEqualTo(200);
    policies.resources.put(
        "arn:aws:thing:::locked",
        new ResourcePolicy(
            A,
            List.of(
                ThingService.resource(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Principal':'*',"
                        + "'Action':'thing:*','Resource':'*'}}"))));
    assertThat(body(send(root, "PutThing", "locked")))
        .contains(
            "User: arn:aws:iam::111111111111:root is not authorized to perform: thing:PutThing on"
                + " resource: arn:aws:thing:::locked with an explicit deny in a resource-based"
                + " policy");
  }

  @Test
  void get_caller_identity_is_always_allowed_but_unsigned_requests_are_not() {
    moto.accessControl().enforce(true);
    IssuedCredential alice = user(ALICE, A);
    policies.identities.put(ALICE, PrincipalPolicies.none());
    assertThat(send(alice, "WhoAmI", "-").status()).isEqualTo(200);

    MotoResponse unsigned = moto.handle(unsignedForm("Action=GetThing&Version=2020-01-01&Name=x"));
    assertThat(unsigned.status()).isEqualTo(403);
    assertThat(body(unsigned))
        .contains("<Code>MissingAuthenticationToken</Code>")
        .contains("<Message>Request is missing Authentication Token</Message>");
  }

  @Test
  void initial_no_auth_action_count_lets_the_first_requests_through_and_checks_the_rest() {
    Moto counted = moto(new MotoConfig(Map.of()).set(Setting.INITIAL_NO_AUTH_ACTION_COUNT, "2"));
    MotoRequest.Builder ignored = MotoRequest.builder("GET", "/moto-api/health");
    assertThat(counted.handle(ignored.build()).status()).isEqualTo(200);
    String form = "Action=GetThing&Version=2020-01-01&Name=x";
    assertThat(counted.handle(unsignedForm(form)).status()).isEqualTo(200);
    assertThat(counted.handle(unsignedForm(form)).status()).isEqualTo(200);
    assertThat(counted.handle(unsignedForm(form)).status()).isEqualTo(403);
    assertThat(counted.handle(unsignedForm(form)).status()).isEqualTo(403);
  }

  @Test
  void reset_auth_sets_the_count_restarts_it_and_answers_the_previous_one_as_moto_does() {
    MotoResponse first = moto.handle(resetAuth("1"));
    assertThat(first.status()).isEqualTo(200);
    assertThat(body(first))
        .isEqualTo("{\"status\":\"ok\",\"PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT\":\"inf\"}");
    String form = "Action=GetThing&Version=2020-01-01&Name=x";
    assertThat(moto.handle(unsignedForm(form)).status()).isEqualTo(200);
    assertThat(moto.handle(unsignedForm(form)).status()).isEqualTo(403);

    assertThat(body(moto.handle(resetAuth("inf"))))
        .isEqualTo("{\"status\":\"ok\",\"PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT\":\"1.0\"}");
    assertThat(moto.handle(unsignedForm(form)).status()).isEqualTo(200);

    assertThat(moto.handle(resetAuth("many")).status()).isEqualTo(400);
    assertThat(moto.handle(MotoRequest.builder("GET", "/moto-api/reset-auth").build()).status())
        .isEqualTo(400);
  }

  @Test
  void moto_iam_enforce_and_the_builder_switch_enforcement_on_from_the_first_request() {
    Moto enforced = moto(new MotoConfig(Map.of("MOTO_IAM_ENFORCE", "true")));
    assertThat(enforced.accessControl().isEnabled()).isTrue();
    assertThat(enforced.handle(unsignedForm("Action=GetThing&Version=2020-01-01&Name=x")).status())
        .isEqualTo(403);
    Moto built =
        Moto.builder()
            .config(new MotoConfig(Map.of()))
            .services(List.of(new ThingService()))
            .enforceAccessControl(true)
            .build();
    assertThat(built.handle(unsignedForm("Action=GetThing&Version=2020-01-01&Name=x")).status())
        .isEqualTo(403);
  }

  // --- helpers

  private void allowAlice(String action) {
    policies.identities.put(
        ALICE, new PrincipalPolicies(List.of(policy("Allow", action, "*")), List.of(), Map.of()));
  }

  private static PolicySource policy(String effect, String action, String resource) {
    return ThingService.identity(
        "{'Version':'2012-10-17','Statement':{'Effect':'"
            + effect
            + "','Action':'"
            + action
            + "','Resource':'"
            + resource
            + "'}}");
  }

  private IssuedCredential user(String arn, AccountId account) {
    IssuedCredential credential =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.LONG_TERM_PREFIX, account),
            AccessKeyIds.secret(),
            null,
            null,
            account,
            arn,
            "AIDAEXAMPLE",
            IssuedCredential.Kind.IAM_USER);
    registry.register(credential);
    return credential;
  }

  private IssuedCredential roleSession(String arn, AccountId account) {
    IssuedCredential credential =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, account),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            Instant.now().plusSeconds(3600),
            account,
            arn,
            "AROAEXAMPLE:ci",
            IssuedCredential.Kind.ASSUMED_ROLE);
    registry.register(credential);
    return credential;
  }

  private MotoResponse send(IssuedCredential credential, String action, String name) {
    return send(credential, action, name, "127.0.0.1", false);
  }

  private MotoResponse send(
      IssuedCredential credential, String action, String name, String address, boolean secure) {
    return moto.handle(
        signed(
            credential, "Action=" + action + "&Version=2020-01-01&Name=" + name, address, secure));
  }

  private static MotoRequest unsignedForm(String form) {
    return MotoRequest.builder("POST", "/")
        .header("Host", "localhost")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form)
        .build();
  }

  private static MotoRequest resetAuth(String count) {
    return MotoRequest.builder("POST", "/moto-api/reset-auth").body(count).build();
  }

  /** A form POST signed by the AWS SDK's own SigV4 signer for service {@code thing}. */
  private static MotoRequest signed(
      IssuedCredential credential, String form, String address, boolean secure) {
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest http =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("http://localhost/"))
            .putHeader("Content-Type", "application/x-www-form-urlencoded")
            .build();
    AwsCredentialsIdentity identity =
        credential.sessionToken() == null
            ? AwsCredentialsIdentity.create(credential.accessKeyId(), credential.secretAccessKey())
            : AwsSessionCredentialsIdentity.create(
                credential.accessKeyId(), credential.secretAccessKey(), credential.sessionToken());
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(identity)
                        .request(http)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "thing")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
    MotoRequest.Builder builder =
        MotoRequest.builder("POST", "/")
            .remoteAddress(address)
            .secure(secure)
            .body(new ByteArrayInputStream(body));
    boolean[] host = {false};
    signed
        .request()
        .forEachHeader(
            (name, values) -> {
              host[0] |= name.equalsIgnoreCase("Host");
              values.forEach(v -> builder.header(name, v));
            });
    if (!host[0]) {
      builder.header("Host", "localhost");
    }
    return builder.build();
  }

  static String body(MotoResponse response) {
    try (var out = new java.io.ByteArrayOutputStream()) {
      if (response.body() != null) {
        response.body().writeTo(out);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
