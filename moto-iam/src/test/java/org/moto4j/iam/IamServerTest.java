package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * A moto4j server on a free port for one test class, the default account's {@link IamClient}, and
 * clients for other accounts and other credentials; every account is reset after each test.
 */
abstract class IamServerTest {

  static final String DEFAULT_ACCOUNT = "123456789012";
  static final String OTHER_ACCOUNT = "111111111111";

  /** Keys moto4j did not issue: requests signed with them act as the root of their account. */
  static final AwsCredentials BASE = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret");

  static MotoServer server;

  private final List<IamClient> clients = new ArrayList<>();

  /** The default account's client, signed with {@link #BASE}. */
  IamClient iam;

  @BeforeAll
  static void startServer() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
            .build()
            .start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void openDefaultClient() {
    iam = client(BASE, null);
  }

  @AfterEach
  void closeClientsAndReset() {
    clients.forEach(IamClient::close);
    server.moto().reset();
  }

  /** A client acting in {@code account} through the {@code x-moto-account-id} header. */
  IamClient inAccount(String account) {
    return client(BASE, account);
  }

  /** A client signed with an access key IAM issued, naming no account. */
  IamClient signedWith(AccessKey key) {
    return client(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()), null);
  }

  IamClient client(AwsCredentials credentials, String accountHeader) {
    IamClientBuilder builder =
        IamClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(StaticCredentialsProvider.create(credentials))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(
                c -> {
                  c.retryStrategy(AwsRetryStrategy.doNotRetry());
                  if (accountHeader != null) {
                    c.putHeader("x-moto-account-id", accountHeader);
                  }
                });
    IamClient client = builder.build();
    clients.add(client);
    return client;
  }

  /** Runs {@code call}, which must fail with this AWS error. */
  static IamException assertAwsError(
      ThrowingCallable call, int status, String code, String message) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(IamException.class);
    IamException error = (IamException) thrown;
    assertThat(error.statusCode()).as("status").isEqualTo(status);
    assertThat(error.awsErrorDetails().errorCode()).as("code").isEqualTo(code);
    assertThat(error.awsErrorDetails().errorMessage()).as("message").isEqualTo(message);
    return error;
  }
}
