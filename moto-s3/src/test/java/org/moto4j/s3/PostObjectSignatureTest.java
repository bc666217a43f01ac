package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.Presigning.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Browser-form POST uploads with access control enforced: the form's signature of its policy is
 * verified (SigV4 and SigV2) against the secret of the key it names, and its signer is the caller;
 * unenforced, no signature is looked at.
 */
class PostObjectSignatureTest {

  private static final String ACCOUNT = "123456789012";
  private static final String OTHER_ACCOUNT = "111111111111";
  private static final String DATE = "20260101";
  private static final String CREDENTIAL_SCOPE = "/" + DATE + "/us-east-1/s3/aws4_request";

  private static MotoServer server;
  private static Keys root;
  private static Keys otherRoot;

  private record Keys(String id, String secret, String token) {

    Keys(String id, String secret) {
      this(id, secret, null);
    }
  }

  @BeforeAll
  static void startServer() throws IOException {
    server = S3TestServer.start();
    root = rootKeys(ACCOUNT);
    otherRoot = rootKeys(OTHER_ACCOUNT);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void aBucket() {
    server.moto().reset();
    server.moto().accessControl().enforce(true);
    try (S3Client s3 = client(root)) {
      s3.createBucket(b -> b.bucket("forms"));
    }
  }

  @Test
  void a_form_signed_with_sigv4_by_the_bucket_owner_is_stored() {
    HttpResponse<String> response = post(sigV4Form("v4.txt", root, null));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(read("v4.txt")).isEqualTo("hello");
  }

  @Test
  void a_sigv4_form_with_a_wrong_signature_is_refused_and_stores_nothing() {
    HttpResponse<String> response =
        post(sigV4Form("forged.txt", new Keys(root.id(), "not-the-secret"), null));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("SignatureDoesNotMatch");
    assertThat(element(response.body(), "AWSAccessKeyId")).isEqualTo(root.id());
    assertNotStored("forged.txt");
  }

  @Test
  void a_sigv4_form_from_a_key_never_issued_is_refused_and_stores_nothing() {
    HttpResponse<String> response =
        post(sigV4Form("unknown.txt", new Keys("AKIAIOSFODNN7EXAMPLE", "secret"), null));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("InvalidAccessKeyId");
    assertThat(element(response.body(), "Message"))
        .isEqualTo("The AWS Access Key Id you provided does not exist in our records.");
    assertNotStored("unknown.txt");
  }

  @Test
  void a_form_signed_with_sigv2_by_the_bucket_owner_is_stored() {
    HttpResponse<String> response = post(sigV2Form("v2.txt", root));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(read("v2.txt")).isEqualTo("hello");
  }

  @Test
  void a_sigv2_form_with_a_wrong_signature_or_unknown_key_is_refused_and_stores_nothing() {
    HttpResponse<String> forged = post(sigV2Form("v2.txt", new Keys(root.id(), "wrong")));
    HttpResponse<String> unknown =
        post(sigV2Form("v2.txt", new Keys("AKIAIOSFODNN7EXAMPLE", "secret")));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(element(forged.body(), "Code")).isEqualTo("SignatureDoesNotMatch");
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(element(unknown.body(), "Code")).isEqualTo("InvalidAccessKeyId");
    assertNotStored("v2.txt");
  }

  @Test
  void a_session_key_form_carrying_its_token_is_stored() {
    Keys session = session(Instant.parse("2099-01-01T00:00:00Z"));

    HttpResponse<String> response = post(sigV4Form("session.txt", session, session.token()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(read("session.txt")).isEqualTo("hello");
  }

  @Test
  void a_session_key_form_without_its_token_or_with_another_is_refused() {
    Keys session = session(Instant.parse("2099-01-01T00:00:00Z"));

    HttpResponse<String> missing = post(sigV4Form("session.txt", session, null));
    HttpResponse<String> wrong = post(sigV4Form("session.txt", session, "another-token"));

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(element(missing.body(), "Code")).isEqualTo("InvalidAccessKeyId");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(element(wrong.body(), "Code")).isEqualTo("InvalidToken");
    assertNotStored("session.txt");
  }

  @Test
  void an_expired_session_key_form_is_refused_with_expired_token() {
    Keys session = session(Instant.parse("2020-01-01T00:00:00Z"));

    HttpResponse<String> response = post(sigV2Form("expired.txt", session, session.token()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("ExpiredToken");
    assertThat(element(response.body(), "Message")).isEqualTo("The provided token has expired.");
    assertNotStored("expired.txt");
  }

  @Test
  void an_unsigned_form_is_an_anonymous_caller_and_is_denied() {
    HttpResponse<String> response =
        post(
            new BrowserForm()
                .field("key", "anonymous.txt")
                .file("anonymous.txt", "text/plain", bytes("hello")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("AccessDenied");
    assertNotStored("anonymous.txt");
  }

  @Test
  void a_form_correctly_signed_in_another_account_is_denied_without_a_bucket_policy() {
    HttpResponse<String> response = post(sigV4Form("other.txt", otherRoot, null));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(element(response.body(), "Code")).isEqualTo("AccessDenied");
    assertNotStored("other.txt");
  }

  @Test
  void with_enforcement_off_any_signature_is_accepted() {
    server.moto().accessControl().enforce(false);

    HttpResponse<String> v4 =
        post(sigV4Form("off-v4.txt", new Keys("AKIAIOSFODNN7EXAMPLE", "anything"), null));
    HttpResponse<String> v2 = post(sigV2Form("off-v2.txt", new Keys(root.id(), "wrong")));

    assertThat(v4.statusCode()).as(v4.body()).isEqualTo(204);
    assertThat(v2.statusCode()).as(v2.body()).isEqualTo(204);
    server.moto().accessControl().enforce(true);
    assertThat(read("off-v4.txt")).isEqualTo("hello");
    assertThat(read("off-v2.txt")).isEqualTo("hello");
  }

  private static BrowserForm sigV4Form(String key, Keys keys, String token) {
    String credential = keys.id() + CREDENTIAL_SCOPE;
    String amzDate = DATE + "T000000Z";
    String conditions =
        "{'bucket': 'forms'}, ['eq', '$key', '"
            + key
            + "'], {'x-amz-algorithm': 'AWS4-HMAC-SHA256'}, {'x-amz-credential': '"
            + credential
            + "'}, {'x-amz-date': '"
            + amzDate
            + "'}"
            + (token == null ? "" : ", {'x-amz-security-token': '" + token + "'}");
    String policy = policy(conditions);
    byte[] signingKey = hmac("HmacSHA256", ("AWS4" + keys.secret()).getBytes(UTF8), DATE);
    signingKey = hmac("HmacSHA256", signingKey, "us-east-1");
    signingKey = hmac("HmacSHA256", signingKey, "s3");
    signingKey = hmac("HmacSHA256", signingKey, "aws4_request");
    String signature = HexFormat.of().formatHex(hmac("HmacSHA256", signingKey, policy));
    BrowserForm form =
        new BrowserForm()
            .field("key", key)
            .field("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
            .field("X-Amz-Credential", credential)
            .field("X-Amz-Date", amzDate);
    if (token != null) {
      form.field("x-amz-security-token", token);
    }
    return form.field("policy", policy)
        .field("X-Amz-Signature", signature)
        .file(key, "text/plain", bytes("hello"));
  }

  private static BrowserForm sigV2Form(String key, Keys keys) {
    return sigV2Form(key, keys, null);
  }

  private static BrowserForm sigV2Form(String key, Keys keys, String token) {
    String policy =
        policy(
            "{'bucket': 'forms'}, ['starts-with', '$key', '']"
                + (token == null ? "" : ", {'x-amz-security-token': '" + token + "'}"));
    String signature =
        Base64.getEncoder().encodeToString(hmac("HmacSHA1", keys.secret().getBytes(UTF8), policy));
    BrowserForm form = new BrowserForm().field("key", key).field("AWSAccessKeyId", keys.id());
    if (token != null) {
      form.field("x-amz-security-token", token);
    }
    return form.field("policy", policy)
        .field("Signature", signature)
        .file(key, "text/plain", bytes("hello"));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static String policy(String conditions) {
    String json =
        ("{'expiration': '2099-01-01T00:00:00Z', 'conditions': [" + conditions + "]}")
            .replace('\'', '"');
    return Base64.getEncoder().encodeToString(json.getBytes(UTF8));
  }

  private static byte[] hmac(String algorithm, byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(data.getBytes(UTF8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF8);
  }

  private static HttpResponse<String> post(BrowserForm form) {
    return S3TestServer.send(form.post(URI.create(server.endpoint() + "/forms")).build());
  }

  private static String read(String key) {
    try (S3Client s3 = client(root)) {
      return s3.getObjectAsBytes(b -> b.bucket("forms").key(key)).asUtf8String();
    }
  }

  private static void assertNotStored(String key) {
    assertThatThrownBy(() -> read(key)).isInstanceOf(NoSuchKeyException.class);
  }

  private static S3Client client(Keys keys) {
    return S3Client.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(server.endpoint())
        .forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(keys.id(), keys.secret())))
        .build();
  }

  /** A GetSessionToken session of the account's root, as STS would issue it. */
  private static Keys session(Instant expiration) {
    AccountId account = AccountId.of(ACCOUNT);
    IssuedCredential credential =
        new IssuedCredential(
            AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, account),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            expiration,
            account,
            "arn:aws:iam::" + ACCOUNT + ":root",
            ACCOUNT,
            IssuedCredential.Kind.SESSION);
    server.moto().injector().getInstance(CredentialRegistry.class).register(credential);
    return new Keys(
        credential.accessKeyId(), credential.secretAccessKey(), credential.sessionToken());
  }

  private static Keys rootKeys(String account) throws IOException {
    HttpResponse<String> response =
        S3TestServer.send(
            S3TestServer.request(server, "/moto-api/accounts/" + account + "/root-credentials")
                .build());
    JsonNode node = new ObjectMapper().readTree(response.body());
    return new Keys(node.get("AccessKeyId").asText(), node.get("SecretAccessKey").asText());
  }
}
