package org.moto4j.benchmarks.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.moto4j.benchmarks.load.ClosedLoopLoad;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.LoadRequest;
import org.moto4j.benchmarks.load.LoadResult;
import org.moto4j.benchmarks.report.MarkdownTable;
import org.moto4j.servlet.MotoServer;

/**
 * The identity services under load: an IAM write followed by a listing ({@code CreateUser} then the
 * first page of {@code ListUsers}), and the cross-account credential round trip ({@code AssumeRole}
 * into another account, then {@code GetCallerIdentity} signed with the session it returned). One
 * cell is one such pair per iteration; moto4j is reset between cells.
 */
public final class IdentityLoad {

  private static final String IAM_VERSION = "2010-05-08";
  private static final String STS_VERSION = "2011-06-15";
  private static final String ROLE_ACCOUNT = "111111111111";
  private static final String ROLE_ARN = "arn:aws:iam::" + ROLE_ACCOUNT + ":role/benchmark";

  private final MotoServer server;
  private final QueryWire wire;
  private final Duration warmup;
  private final Duration window;

  public IdentityLoad(MotoServer server, Duration warmup, Duration window) {
    this.server = server;
    this.wire = new QueryWire(server.address().getHostString() + ":" + server.port());
    this.warmup = warmup;
    this.window = window;
  }

  /** Measures both pairs at each client count and returns the markdown table and notes. */
  public String run(List<Integer> clientThreads) {
    MarkdownTable table =
        new MarkdownTable("operations", "client threads", "pairs/s", "p50 µs", "p99 µs");
    for (int threads : clientThreads) {
      cell(table, "CreateUser + ListUsers", threads, this::createAndList);
      cell(table, "AssumeRole + GetCallerIdentity", threads, this::assumeAndIdentify);
    }
    return table.render()
        + String.format(
            Locale.ROOT,
            "%nClosed loop, one keep-alive connection per client thread, every request signed"
                + " (SigV4); warm-up %.1f s, then a %.1f s window per cell. CreateUser adds a new"
                + " user each time, so ListUsers pages the first 100 of a growing account;"
                + " AssumeRole targets a role in account %s and GetCallerIdentity is checked to"
                + " answer that account.%n",
            warmup.toMillis() / 1000.0,
            window.toMillis() / 1000.0,
            ROLE_ACCOUNT);
  }

  private void cell(MarkdownTable table, String operations, int threads, LoadRequest request) {
    System.err.printf(
        Locale.ROOT, "[IdentityBenchmark] %s, %d client threads%n", operations, threads);
    try {
      LoadResult result = ClosedLoopLoad.run(server.address(), threads, warmup, window, request);
      table.row(
          operations,
          String.valueOf(threads),
          MarkdownTable.rate(result.opsPerSecond()),
          MarkdownTable.micros(result.p50Micros()),
          MarkdownTable.micros(result.p99Micros()));
    } finally {
      server.moto().reset();
    }
  }

  private void createAndList(HttpConnection connection, int worker, long sequence)
      throws IOException {
    wire.call(
        connection,
        "iam",
        IAM_VERSION,
        Credentials.DEFAULT_ROOT,
        "CreateUser",
        "UserName",
        "user-" + worker + "-" + sequence);
    wire.call(
        connection, "iam", IAM_VERSION, Credentials.DEFAULT_ROOT, "ListUsers", "MaxItems", "100");
  }

  private void assumeAndIdentify(HttpConnection connection, int worker, long sequence)
      throws IOException {
    String assumed =
        wire.call(
            connection,
            "sts",
            STS_VERSION,
            Credentials.DEFAULT_ROOT,
            "AssumeRole",
            "RoleArn",
            ROLE_ARN,
            "RoleSessionName",
            "w" + worker + "-" + sequence);
    Credentials session =
        new Credentials(
            QueryWire.element(assumed, "AccessKeyId"),
            QueryWire.element(assumed, "SecretAccessKey"),
            QueryWire.element(assumed, "SessionToken"));
    String identity = wire.call(connection, "sts", STS_VERSION, session, "GetCallerIdentity");
    if (!ROLE_ACCOUNT.equals(QueryWire.element(identity, "Account"))) {
      throw new IllegalStateException("GetCallerIdentity answered another account: " + identity);
    }
  }
}
