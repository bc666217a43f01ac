package org.moto4j.junit;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.servlet.MotoServer;

/**
 * What a test sees of its moto4j: where it is, which account the test acts in, and how to reset,
 * switch accounts and get clients. Test and lifecycle methods of a {@link MotoTest} class take it
 * as a parameter.
 *
 * <pre>{@code
 * @Test
 * void reads_across_accounts(MotoRuntime moto, S3Client s3) {
 *   s3.createBucket(b -> b.bucket("mine"));
 *   moto.inAccount("111111111111", () -> s3.createBucket(b -> b.bucket("theirs")));
 *   S3Client other = moto.client(S3Client.class, "111111111111");
 * }
 * }</pre>
 */
public final class MotoRuntime implements AutoCloseable {

  /** The region handed-out clients use. */
  public static final String REGION = "us-east-1";

  // Fresh accounts count up from here: recognisable in logs and data.json, and never the default.
  private static final AtomicLong FRESH_ACCOUNTS = new AtomicLong(700_000_000_000L);

  private final MotoServer server;
  private final Moto moto;
  private final SdkClients.Target target;
  private final String accountId;
  private final Isolation isolation;
  private final Map<ClientKey, AutoCloseable> clients = new ConcurrentHashMap<>();

  private record ClientKey(Class<?> type, String account) {}

  MotoRuntime(
      MotoServer server,
      Moto moto,
      SdkClients.Target target,
      String accountId,
      Isolation isolation) {
    this.server = server;
    this.moto = Objects.requireNonNull(moto, "moto");
    this.target = target;
    this.accountId = accountId;
    this.isolation = isolation;
  }

  /** A runtime like this one acting in another account, with clients of its own. */
  MotoRuntime forAccount(String account) {
    return new MotoRuntime(server, moto, target, account, isolation);
  }

  /**
   * Where to send requests: {@code http://127.0.0.1:<port>}, or in in-process mode a placeholder
   * that only the handed-out clients (which never open a socket) can use.
   */
  public URI endpoint() {
    return target.endpoint();
  }

  /** The server's port; -1 in in-process mode, where there is none. */
  public int port() {
    return server == null ? -1 : server.port();
  }

  /** The region handed-out clients use: {@code us-east-1}. */
  public String region() {
    return REGION;
  }

  /** Whether requests are handed to moto4j in process, with no server and no socket. */
  public boolean isInProcess() {
    return server == null;
  }

  /** The mocked AWS behind the server. */
  public Moto moto() {
    return moto;
  }

  /**
   * The account this test acts in: a fresh one per test with {@link Isolation#ACCOUNT_PER_TEST},
   * else moto's default, {@code 123456789012}.
   */
  public String accountId() {
    return accountId;
  }

  /**
   * An access key id for clients you build yourself: moto4j takes a 12-digit key as that account,
   * so a client signing with it acts in {@link #accountId()}.
   */
  public String accessKeyId() {
    return accountId;
  }

  /** The secret to go with {@link #accessKeyId()}; moto4j does not check signatures. */
  public String secretAccessKey() {
    return SdkClients.SECRET;
  }

  /** An account id no test of this JVM has had yet. */
  public String newAccount() {
    return String.valueOf(FRESH_ACCOUNTS.incrementAndGet());
  }

  /**
   * Forgets this test's state: its own account with {@link Isolation#ACCOUNT_PER_TEST} (so tests
   * running beside it keep theirs), else everything.
   */
  public void reset() {
    if (isolation == Isolation.ACCOUNT_PER_TEST) {
      reset(accountId);
    } else {
      resetAll();
    }
  }

  /** Forgets every resource of every account, as {@code POST /moto-api/reset} does. */
  public void resetAll() {
    moto.reset();
  }

  /** Forgets every resource of one account. */
  public void reset(String accountId) {
    moto.reset(AccountId.of(accountId));
  }

  /**
   * Runs {@code action} with every handed-out client acting in {@code accountId}, on this thread,
   * as moto's {@code MOTO_ACCOUNT_ID} switch does for a whole process.
   *
   * <pre>{@code
   * moto.inAccount("111111111111", () -> s3.createBucket(b -> b.bucket("theirs")));
   * }</pre>
   */
  public void inAccount(String accountId, AccountAction action) {
    inAccount(
        accountId,
        () -> {
          action.run();
          return null;
        });
  }

  /** Like {@link #inAccount(String, AccountAction)}, returning what {@code call} returns. */
  public <T> T inAccount(String accountId, Callable<T> call) {
    AccountId.of(accountId); // refuses a malformed id before anything runs
    AccountSwitch.push(accountId);
    try {
      return call.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      AccountSwitch.pop();
    }
  }

  /** The client of {@code type} acting in {@link #accountId()}, as tests get it as a parameter. */
  public <T> T client(Class<T> type) {
    return client(type, accountId);
  }

  /**
   * A client of {@code type} ({@code S3Client}, {@code S3AsyncClient}, {@code StsClient}, {@code
   * IamClient}) acting in {@code accountId}; closed for you when the test (or class) ends.
   */
  public <T> T client(Class<T> type, String accountId) {
    AccountId.of(accountId);
    if (!SdkClients.supports(type)) {
      throw new ParameterResolutionException("moto4j cannot build a " + type.getName());
    }
    return type.cast(
        clients.computeIfAbsent(
            new ClientKey(type, accountId),
            key -> SdkClients.create(key.type(), target, key.account()).orElseThrow()));
  }

  /** Closes the clients this runtime handed out. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable client : List.copyOf(clients.values())) {
      try {
        client.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("A moto4j client did not close cleanly", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    clients.clear();
    if (failure != null) {
      throw failure;
    }
  }

  /** A block of test code that may throw. */
  @FunctionalInterface
  public interface AccountAction {
    void run() throws Exception;
  }
}
