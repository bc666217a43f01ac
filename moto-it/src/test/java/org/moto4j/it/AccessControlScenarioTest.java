package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * IAM access control through the real SDK with enforcement on: identity policies, role trust across
 * accounts, bucket policies across accounts, and moto's INITIAL_NO_AUTH_ACTION_COUNT and reset-auth
 * contract. Each scenario is set up with enforcement off (as moto's users do with
 * INITIAL_NO_AUTH_ACTION_COUNT), then switched on.
 */
class AccessControlScenarioTest {

  private static final String A = "111111111111";
  private static final String B = "222222222222";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = Servers.started();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void reset() {
    server.moto().accessControl().enforce(false);
    server.moto().reset();
  }

  @Test
  void a_user_with_a_read_only_policy_reads_but_cannot_write() {
    AwsCredentials adminA = admin(A);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminA)) {
      s3.createBucket(b -> b.bucket("reports-a"));
      s3.putObject(p -> p.bucket("reports-a").key("q1.csv"), RequestBody.fromString("1,2"));
    }
    AwsCredentials alice =
        user(
            adminA,
            "alice",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\",\"iam:Get*\",\"iam:List*\"],"
                + "\"Resource\":\"*\"}]}");
    server.moto().accessControl().enforce(true);

    try (S3Client s3 = Clients.s3(server.endpoint(), alice);
        IamClient iam = Clients.iam(server.endpoint(), alice);
        StsClient sts = Clients.sts(server.endpoint(), alice)) {
      assertThat(s3.getObjectAsBytes(g -> g.bucket("reports-a").key("q1.csv")).asUtf8String())
          .isEqualTo("1,2");
      assertThat(s3.listObjectsV2(l -> l.bucket("reports-a")).contents())
          .extracting(S3Object::key)
          .containsExactly("q1.csv");
      assertThat(iam.getUser(u -> u.userName("alice")).user().userName()).isEqualTo("alice");
      assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + A + ":user/alice");

      assertThatThrownBy(
              () ->
                  s3.putObject(
                      p -> p.bucket("reports-a").key("q2.csv"), RequestBody.fromString("3")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:iam::"
                            + A
                            + ":user/alice is not authorized to perform: s3:PutObject on"
                            + " resource: \"arn:aws:s3:::reports-a/q2.csv\" because no"
                            + " identity-based policy allows the s3:PutObject action");
              });
      assertThatThrownBy(() -> iam.createUser(u -> u.userName("bob")))
          .isInstanceOfSatisfying(
              IamException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:iam::"
                            + A
                            + ":user/alice is not authorized to perform: iam:CreateUser on"
                            + " resource: arn:aws:iam::"
                            + A
                            + ":user/bob because no identity-based policy allows the"
                            + " iam:CreateUser action");
              });
    }
    // A refused request changed nothing.
    server.moto().accessControl().enforce(false);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminA)) {
      assertThat(s3.listObjectsV2(l -> l.bucket("reports-a")).contents()).hasSize(1);
    }
  }

  @Test
  void a_role_in_another_account_trusting_a_user_is_assumed_and_reads_that_accounts_bucket() {
    AwsCredentials adminB = admin(B);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminB);
        IamClient iam = Clients.iam(server.endpoint(), adminB)) {
      s3.createBucket(b -> b.bucket("data-b"));
      s3.putObject(p -> p.bucket("data-b").key("k"), RequestBody.fromString("in b"));
      iam.createRole(
          r ->
              r.roleName("reader")
                  .assumeRolePolicyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
                          + A
                          + ":user/alice\"},\"Action\":\"sts:AssumeRole\"}]}"));
      iam.putRolePolicy(
          p ->
              p.roleName("reader")
                  .policyName("read")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
                          + "\"Resource\":[\"arn:aws:s3:::data-b\",\"arn:aws:s3:::data-b/*\"]}]}"));
    }
    String assume =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::"
            + B
            + ":role/reader\"}]}";
    AwsCredentials adminA = admin(A);
    AwsCredentials alice = user(adminA, "alice", assume);
    AwsCredentials bob = user(adminA, "bob", assume);
    server.moto().accessControl().enforce(true);

    String roleArn = "arn:aws:iam::" + B + ":role/reader";
    AwsCredentials reader;
    try (StsClient sts = Clients.sts(server.endpoint(), alice)) {
      reader =
          Clients.of(
              sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("alice")).credentials());
    }
    try (S3Client s3 = Clients.s3(server.endpoint(), reader);
        StsClient sts = Clients.sts(server.endpoint(), reader)) {
      assertThat(sts.getCallerIdentity().arn())
          .isEqualTo("arn:aws:sts::" + B + ":assumed-role/reader/alice");
      assertThat(s3.getObjectAsBytes(g -> g.bucket("data-b").key("k")).asUtf8String())
          .isEqualTo("in b");
      assertThatThrownBy(
              () -> s3.putObject(p -> p.bucket("data-b").key("x"), RequestBody.fromString("x")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .startsWith(
                          "User: arn:aws:sts::"
                              + B
                              + ":assumed-role/reader/alice is not authorized to perform:"
                              + " s3:PutObject"));
    }
    // The trust policy names alice only: bob's own allow is not enough.
    try (StsClient sts = Clients.sts(server.endpoint(), bob)) {
      assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("bob")))
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:iam::"
                            + A
                            + ":user/bob is not authorized to perform: sts:AssumeRole on"
                            + " resource: "
                            + roleArn);
              });
    }
    // Alice herself cannot read account B's bucket: it has no bucket policy for her.
    try (S3Client s3 = Clients.s3(server.endpoint(), alice)) {
      assertThatThrownBy(() -> s3.getObjectAsBytes(g -> g.bucket("data-b").key("k")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Access Denied"));
    }
  }

  @Test
  void a_bucket_policy_in_another_account_grants_a_user_one_prefix_only() {
    AwsCredentials adminB = admin(B);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminB)) {
      s3.createBucket(b -> b.bucket("shared-b"));
      s3.putObject(p -> p.bucket("shared-b").key("shared/x"), RequestBody.fromString("x"));
      s3.putObject(p -> p.bucket("shared-b").key("private/y"), RequestBody.fromString("y"));
      s3.putBucketPolicy(
          p ->
              p.bucket("shared-b")
                  .policy(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
                          + A
                          + ":user/alice\"},\"Action\":\"s3:GetObject\","
                          + "\"Resource\":\"arn:aws:s3:::shared-b/shared/*\"}]}"));
    }
    AwsCredentials alice =
        user(
            admin(A),
            "alice",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    server.moto().accessControl().enforce(true);

    try (S3Client s3 = Clients.s3(server.endpoint(), alice)) {
      assertThat(s3.getObjectAsBytes(g -> g.bucket("shared-b").key("shared/x")).asUtf8String())
          .isEqualTo("x");
      assertThatThrownBy(() -> s3.getObjectAsBytes(g -> g.bucket("shared-b").key("private/y")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Access Denied");
              });
    }
  }

  @Test
  void a_group_with_an_aws_managed_policy_grants_its_members_and_a_boundary_narrows_them() {
    AwsCredentials adminA = admin(A);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminA)) {
      s3.createBucket(b -> b.bucket("team-a"));
      s3.putObject(p -> p.bucket("team-a").key("k"), RequestBody.fromString("v"));
    }
    AwsCredentials carol;
    try (IamClient iam = Clients.iam(server.endpoint(), adminA)) {
      iam.createGroup(g -> g.groupName("readers"));
      iam.attachGroupPolicy(
          a -> a.groupName("readers").policyArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
      iam.createUser(u -> u.userName("carol"));
      iam.addUserToGroup(a -> a.groupName("readers").userName("carol"));
      String boundary =
          iam.createPolicy(
                  p ->
                      p.policyName("objects-only")
                          .policyDocument(
                              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                  + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"))
              .policy()
              .arn();
      iam.putUserPermissionsBoundary(b -> b.userName("carol").permissionsBoundary(boundary));
      AccessKey key = iam.createAccessKey(k -> k.userName("carol")).accessKey();
      carol = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
    server.moto().accessControl().enforce(true);

    try (S3Client s3 = Clients.s3(server.endpoint(), carol)) {
      assertThat(s3.getObjectAsBytes(g -> g.bucket("team-a").key("k")).asUtf8String())
          .isEqualTo("v");
      assertThatThrownBy(() -> s3.listObjectsV2(l -> l.bucket("team-a")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "User: arn:aws:iam::"
                              + A
                              + ":user/carol is not authorized to perform: s3:ListBucket on"
                              + " resource: \"arn:aws:s3:::team-a\" because no permissions"
                              + " boundary allows the s3:ListBucket action"));
    }
  }

  @Test
  void a_session_policy_passed_to_assume_role_narrows_the_session() {
    AwsCredentials adminA = admin(A);
    try (S3Client s3 = Clients.s3(server.endpoint(), adminA);
        IamClient iam = Clients.iam(server.endpoint(), adminA)) {
      s3.createBucket(b -> b.bucket("narrow-a"));
      s3.putObject(p -> p.bucket("narrow-a").key("k"), RequestBody.fromString("v"));
      iam.createRole(
          r ->
              r.roleName("worker")
                  .assumeRolePolicyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\""
                          + A
                          + "\"},\"Action\":\"sts:AssumeRole\"}]}"));
      iam.putRolePolicy(
          p ->
              p.roleName("worker")
                  .policyName("s3")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
    }
    AwsCredentials dave =
        user(
            adminA,
            "dave",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}");
    server.moto().accessControl().enforce(true);

    AwsCredentials narrowed;
    try (StsClient sts = Clients.sts(server.endpoint(), dave)) {
      narrowed =
          Clients.of(
              sts.assumeRole(
                      r ->
                          r.roleArn("arn:aws:iam::" + A + ":role/worker")
                              .roleSessionName("dave")
                              .policy(
                                  "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                                      + "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"))
                  .credentials());
    }
    try (S3Client s3 = Clients.s3(server.endpoint(), narrowed)) {
      assertThat(s3.getObjectAsBytes(g -> g.bucket("narrow-a").key("k")).asUtf8String())
          .isEqualTo("v");
      assertThatThrownBy(() -> s3.listObjectsV2(l -> l.bucket("narrow-a")))
          .isInstanceOfSatisfying(
              S3Exception.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "User: arn:aws:sts::"
                              + A
                              + ":assumed-role/worker/dave is not authorized to perform:"
                              + " s3:ListBucket on resource: \"arn:aws:s3:::narrow-a\" because no"
                              + " session policy allows the s3:ListBucket action"));
    }
  }

  @Test
  void a_web_identity_is_let_in_by_a_trust_policy_naming_its_provider_only() {
    try (IamClient iam = Clients.iam(server.endpoint(), admin(A))) {
      iam.createRole(
          r ->
              r.roleName("web")
                  .assumeRolePolicyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"Federated\":\"arn:aws:iam::"
                          + A
                          + ":oidc-provider/token.example.com\"},"
                          + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}"));
    }
    server.moto().accessControl().enforce(true);

    String roleArn = "arn:aws:iam::" + A + ":role/web";
    try (StsClient sts = Clients.sts(server.endpoint(), Clients.BASE)) {
      assertThat(
              sts.assumeRoleWithWebIdentity(
                      r ->
                          r.roleArn(roleArn)
                              .roleSessionName("web")
                              .webIdentityToken(token("https://token.example.com")))
                  .assumedRoleUser()
                  .arn())
          .isEqualTo("arn:aws:sts::" + A + ":assumed-role/web/web");
      assertThatThrownBy(
              () ->
                  sts.assumeRoleWithWebIdentity(
                      r ->
                          r.roleArn(roleArn)
                              .roleSessionName("web")
                              .webIdentityToken(token("https://other.example.com"))))
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
              });
    }
  }

  /** An unsigned JWT from {@code issuer}: moto4j, like moto, does not check its signature. */
  private static String token(String issuer) {
    java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes())
        + "."
        + base64.encodeToString(
            ("{\"iss\":\"" + issuer + "\",\"sub\":\"u1\",\"aud\":\"app\"}").getBytes())
        + ".c2ln";
  }

  @Test
  void reset_auth_lets_the_next_n_requests_through_unchecked_as_in_moto() throws Exception {
    HttpResponse<String> first = resetAuth("2");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .isEqualTo("{\"status\":\"ok\",\"PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT\":\"inf\"}");
    AwsCredentials unknown = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret");
    try (StsClient sts = Clients.sts(server.endpoint(), unknown)) {
      sts.getCallerIdentity();
      // The control plane neither counts nor is checked.
      assertThat(get("/moto-api/health").statusCode()).isEqualTo(200);
      sts.getCallerIdentity();
      assertThatThrownBy(sts::getCallerIdentity)
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
              });

      HttpResponse<String> back = resetAuth("inf");
      assertThat(back.body())
          .isEqualTo("{\"status\":\"ok\",\"PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT\":\"2.0\"}");
      assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
    }
  }

  // --- helpers

  /** Credentials acting in {@code account} as an admin role session (enforcement still off). */
  private static AwsCredentials admin(String account) {
    try (StsClient sts = Clients.sts(server.endpoint(), Clients.BASE)) {
      return Clients.of(
          sts.assumeRole(
                  r ->
                      r.roleArn("arn:aws:iam::" + account + ":role/admin").roleSessionName("setup"))
              .credentials());
    }
  }

  /** A new user of the admin's account with one inline policy, and its access key. */
  private static AwsCredentials user(AwsCredentials admin, String name, String policy) {
    try (IamClient iam = Clients.iam(server.endpoint(), admin)) {
      iam.createUser(u -> u.userName(name));
      iam.putUserPolicy(p -> p.userName(name).policyName("inline").policyDocument(policy));
      AccessKey key = iam.createAccessKey(k -> k.userName(name)).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
  }

  private static HttpResponse<String> resetAuth(String count)
      throws IOException, InterruptedException {
    return http(
        HttpRequest.newBuilder(server.endpoint().resolve("/moto-api/reset-auth"))
            .POST(HttpRequest.BodyPublishers.ofString(count))
            .build());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http(HttpRequest.newBuilder(server.endpoint().resolve(path)).GET().build());
  }

  private static HttpResponse<String> http(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
