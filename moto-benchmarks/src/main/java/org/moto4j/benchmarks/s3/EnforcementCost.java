package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.moto4j.benchmarks.load.ClosedLoopLoad;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.IndexedBatch;
import org.moto4j.benchmarks.load.LoadRequest;
import org.moto4j.benchmarks.load.LoadResult;
import org.moto4j.benchmarks.load.RawResponse;
import org.moto4j.benchmarks.report.MarkdownTable;
import org.moto4j.core.access.AccessControl;

/**
 * What IAM access control costs on the S3 data path: PUT and GET of 1 KiB objects, signed with a
 * real IAM user's access key whose inline policy allows {@code s3:*} on the bucket, with
 * enforcement off and then on (signatures verified, the user's policies and the bucket's evaluated)
 * on the same server, the cells interleaved so that neither gets a warmer JVM.
 */
public final class EnforcementCost {

  private static final String BUCKET = "enforced-objects";
  private static final int KEYS_PER_CLIENT = 1024;
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
          + "\"Resource\":[\"arn:aws:s3:::"
          + BUCKET
          + "\",\"arn:aws:s3:::"
          + BUCKET
          + "/*\"]}]}";

  private final BenchmarkOptions options;
  private final byte[] payload;
  private final String payloadSha256;
  private final String emptySha256 = S3Signer.sha256Hex(new byte[0]);

  public EnforcementCost(BenchmarkOptions options, byte[] payload) {
    this.options = options;
    this.payload = payload;
    this.payloadSha256 = S3Signer.sha256Hex(payload);
  }

  /** Measures against the server at {@code address}, switching {@code control} off and on. */
  public String run(InetSocketAddress address, AccessControl control) {
    String host = address.getHostString() + ":" + address.getPort();
    control.enforce(false);
    S3Signer signer = user(address, host);
    int clients = Collections.max(options.clientThreads());
    fill(address, host, signer, clients);
    MarkdownTable table =
        new MarkdownTable(
            "operation",
            "client threads",
            "off ops/s",
            "off p50 µs",
            "off p99 µs",
            "on ops/s",
            "on p50 µs",
            "on p99 µs",
            "on / off");
    try {
      for (int threads : options.clientThreads()) {
        cells(table, "PUT 1 KiB", threads, address, control, put(host, signer));
        cells(table, "GET 1 KiB", threads, address, control, get(host, signer));
      }
    } finally {
      control.enforce(false);
    }
    return table.render()
        + "\nClosed loop, one keep-alive connection per client thread, every request signed"
        + " (SigV4, payload SHA-256) with an IAM user's key whose inline policy allows s3:* on"
        + " the bucket; warm-up "
        + options.warmup().toMillis() / 1000.0
        + " s, then a "
        + options.window().toMillis() / 1000.0
        + " s window per cell. \"off\" is moto's default; \"on\" verifies each signature and"
        + " evaluates the user's policies and the bucket's. The ratio is of ops/s.\n";
  }

  private void cells(
      MarkdownTable table,
      String operation,
      int threads,
      InetSocketAddress address,
      AccessControl control,
      LoadRequest request) {
    Progress.say("%s, %d client threads: enforcement off", operation, threads);
    control.enforce(false);
    LoadResult off =
        ClosedLoopLoad.run(address, threads, options.warmup(), options.window(), request);
    Progress.say("%s, %d client threads: enforcement on", operation, threads);
    control.enforce(true);
    LoadResult on =
        ClosedLoopLoad.run(address, threads, options.warmup(), options.window(), request);
    control.enforce(false);
    table.row(
        operation,
        String.valueOf(threads),
        MarkdownTable.rate(off.opsPerSecond()),
        MarkdownTable.micros(off.p50Micros()),
        MarkdownTable.micros(off.p99Micros()),
        MarkdownTable.rate(on.opsPerSecond()),
        MarkdownTable.micros(on.p50Micros()),
        MarkdownTable.micros(on.p99Micros()),
        MarkdownTable.ratio(on.opsPerSecond() / off.opsPerSecond()));
  }

  /** An IAM user allowed s3:* on the bucket, and a signer with its new access key. */
  private S3Signer user(InetSocketAddress address, String host) {
    try (HttpConnection connection = HttpConnection.open(address)) {
      iam(connection, host, "CreateUser", "UserName", "bench");
      iam(
          connection,
          host,
          "PutUserPolicy",
          "UserName",
          "bench",
          "PolicyName",
          "s3-bucket",
          "PolicyDocument",
          POLICY);
      String answer = iam(connection, host, "CreateAccessKey", "UserName", "bench");
      S3Signer signer =
          new S3Signer(element(answer, "AccessKeyId"), element(answer, "SecretAccessKey"));
      RawResponse created =
          connection.send(
              "PUT", "/" + BUCKET, new byte[0], signer.s3("PUT", "/" + BUCKET, host, emptySha256));
      if (created.status() != 200) {
        throw new IllegalStateException(
            "CreateBucket answered " + created.status() + ": " + created.text());
      }
      return signer;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned IAM call, as the account's root while enforcement is off. */
  private static String iam(
      HttpConnection connection, String host, String action, String... parameters)
      throws IOException {
    StringBuilder form = new StringBuilder("Action=" + action + "&Version=2010-05-08");
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      form.append('&')
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    RawResponse response =
        connection.send(
            "POST",
            "/",
            form.toString().getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            S3Signer.FORM,
            // Routes to IAM without a signature (moto4j reads the service from the scope or host).
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/iam/aws4_request,"
                + " SignedHeaders=host, Signature=0");
    if (response.status() != 200) {
      throw new IllegalStateException(
          action + " answered " + response.status() + ": " + response.text());
    }
    return response.text();
  }

  private void fill(InetSocketAddress address, String host, S3Signer signer, int clients) {
    IndexedBatch.run(
        address,
        options.fillThreads(),
        (long) clients * KEYS_PER_CLIENT,
        (connection, index) ->
            putObject(
                connection,
                host,
                signer,
                key((int) (index / KEYS_PER_CLIENT), index % KEYS_PER_CLIENT)));
  }

  private LoadRequest put(String host, S3Signer signer) {
    return (connection, worker, sequence) ->
        putObject(connection, host, signer, key(worker, sequence % KEYS_PER_CLIENT));
  }

  private LoadRequest get(String host, S3Signer signer) {
    return (connection, worker, sequence) -> {
      String path = "/" + BUCKET + "/" + key(worker, sequence % KEYS_PER_CLIENT);
      RawResponse response =
          connection.send("GET", path, new byte[0], signer.s3("GET", path, host, emptySha256));
      if (response.status() != 200 || response.body().length != payload.length) {
        throw new UnexpectedStatus("GetObject", 200, response.status(), response.text());
      }
    };
  }

  private void putObject(HttpConnection connection, String host, S3Signer signer, String key)
      throws IOException {
    String path = "/" + BUCKET + "/" + key;
    RawResponse response =
        connection.send("PUT", path, payload, signer.s3("PUT", path, host, payloadSha256));
    if (response.status() != 200) {
      throw new UnexpectedStatus("PutObject", 200, response.status(), response.text());
    }
  }

  private static String key(int worker, long slot) {
    return "client-" + worker + "/object-" + slot;
  }

  private static String element(String xml, String name) {
    int start = xml.indexOf("<" + name + ">");
    int end = xml.indexOf("</" + name + ">");
    if (start < 0 || end < start) {
      throw new IllegalStateException("no <" + name + "> in " + xml);
    }
    return xml.substring(start + name.length() + 2, end);
  }
}
