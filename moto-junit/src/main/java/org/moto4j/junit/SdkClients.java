package org.moto4j.junit;

import java.net.URI;
import java.util.Optional;
import org.moto4j.core.Moto;
import org.moto4j.inprocess.MotoAsyncHttpClient;
import org.moto4j.inprocess.MotoHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;

/**
 * Builds AWS SDK v2 clients for a moto4j, only for the SDK modules present on the classpath (they
 * are optional dependencies), so a test that lacks one never loads its classes. A client acts in
 * its account through its credentials (an access key that is the 12-digit account id, which moto4j
 * takes as that account), and in the account of {@link MotoRuntime#inAccount} while one is switched
 * to.
 */
final class SdkClients {

  /** Where clients send requests: a server's endpoint, or a {@link Moto} in process. */
  record Target(URI endpoint, Moto inProcess) {}

  private SdkClients() {}

  /** A client of {@code type} acting in {@code account}, if {@code type} is one moto4j serves. */
  static Optional<AutoCloseable> create(Class<?> type, Target target, String account) {
    return switch (type.getName()) {
      case "software.amazon.awssdk.services.s3.S3Client" -> Optional.of(S3.create(target, account));
      case "software.amazon.awssdk.services.s3.S3AsyncClient" ->
          Optional.of(S3.createAsync(target, account));
      case "software.amazon.awssdk.services.sts.StsClient" ->
          Optional.of(Sts.create(target, account));
      case "software.amazon.awssdk.services.iam.IamClient" ->
          Optional.of(Iam.create(target, account));
      default -> Optional.empty();
    };
  }

  /** Whether {@code type} is a client {@link #create} can build. */
  static boolean supports(Class<?> type) {
    return switch (type.getName()) {
      case "software.amazon.awssdk.services.s3.S3Client",
          "software.amazon.awssdk.services.s3.S3AsyncClient",
          "software.amazon.awssdk.services.sts.StsClient",
          "software.amazon.awssdk.services.iam.IamClient" ->
          true;
      default -> false;
    };
  }

  /** The secret every handed-out credential has; moto4j does not verify signatures. */
  static final String SECRET = "moto4j";

  // One nested class per SDK module, so its classes load only when that client is asked for.

  private static final class S3 {
    static AutoCloseable create(Target target, String account) {
      var builder =
          Common.configure(
              software.amazon.awssdk.services.s3.S3Client.builder().forcePathStyle(true),
              target,
              account,
              Region.US_EAST_1);
      if (target.inProcess() != null) {
        builder.httpClient(InProcess.sync(target.inProcess()));
      }
      return builder.build();
    }

    static AutoCloseable createAsync(Target target, String account) {
      var builder =
          Common.configure(
              software.amazon.awssdk.services.s3.S3AsyncClient.builder().forcePathStyle(true),
              target,
              account,
              Region.US_EAST_1);
      if (target.inProcess() != null) {
        builder.httpClient(InProcess.async(target.inProcess()));
      }
      return builder.build();
    }
  }

  private static final class Sts {
    static AutoCloseable create(Target target, String account) {
      var builder =
          Common.configure(
              software.amazon.awssdk.services.sts.StsClient.builder(),
              target,
              account,
              Region.US_EAST_1);
      if (target.inProcess() != null) {
        builder.httpClient(InProcess.sync(target.inProcess()));
      }
      return builder.build();
    }
  }

  private static final class Iam {
    static AutoCloseable create(Target target, String account) {
      var builder =
          Common.configure(
              software.amazon.awssdk.services.iam.IamClient.builder(),
              target,
              account,
              Region.AWS_GLOBAL);
      if (target.inProcess() != null) {
        builder.httpClient(InProcess.sync(target.inProcess()));
      }
      return builder.build();
    }
  }

  /** The in-process HTTP clients, loaded only in in-process mode (moto-inprocess is optional). */
  private static final class InProcess {
    static software.amazon.awssdk.http.SdkHttpClient sync(Moto moto) {
      return MotoHttpClient.create(moto);
    }

    static software.amazon.awssdk.http.async.SdkAsyncHttpClient async(Moto moto) {
      return MotoAsyncHttpClient.create(moto);
    }
  }

  private static final class Common {
    static <B extends AwsClientBuilder<B, ?>> B configure(
        B builder, Target target, String account, Region region) {
      return builder
          .endpointOverride(target.endpoint())
          .region(region)
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create(account, SECRET)))
          .overrideConfiguration(c -> c.addExecutionInterceptor(new AccountHeader()));
    }
  }

  /**
   * Sends {@code x-moto-account-id} while the calling thread is switched to an account. The account
   * is read when the call starts, on the caller's thread, so async clients honour it too.
   */
  static final class AccountHeader implements ExecutionInterceptor {
    private static final ExecutionAttribute<String> ACCOUNT =
        new ExecutionAttribute<>("moto4j.switched-account");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      String account = AccountSwitch.current();
      if (account != null) {
        attributes.putAttribute(ACCOUNT, account);
      }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(
        Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
      String account = attributes.getAttribute(ACCOUNT);
      if (account == null) {
        return context.httpRequest();
      }
      return context.httpRequest().toBuilder().putHeader("x-moto-account-id", account).build();
    }
  }
}
