package org.moto4j.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/** Starts the packaged jar as a user would, with {@code java -jar}. */
class StandaloneJarIT {

  private static final Pattern LISTENING = Pattern.compile("moto4j listening on (http://\\S+)");

  @Test
  void help_prints_the_usage_and_exits_zero() throws Exception {
    Process process = start("--help");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output).contains("--host").contains("--port").contains("MOTO_PORT");
  }

  @Test
  void a_bad_argument_exits_two_with_the_reason() throws Exception {
    Process process = start("--port", "nope");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("'nope'");
  }

  @Test
  void the_jar_serves_sts_and_s3_per_account() throws Exception {
    Process process = start("--port", "0");
    try {
      URI endpoint = awaitEndpoint(process);
      StaticCredentialsProvider credentials =
          StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "s"));
      try (StsClient sts =
              StsClient.builder()
                  .endpointOverride(endpoint)
                  .region(Region.US_EAST_1)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build();
          S3Client s3 =
              S3Client.builder()
                  .endpointOverride(endpoint)
                  .region(Region.US_EAST_1)
                  .forcePathStyle(true)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build()) {
        assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
        s3.createBucket(b -> b.bucket("from-the-jar"));
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("from-the-jar");
      }
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Process start(String... args) throws IOException {
    Path jar = Path.of(System.getProperty("moto.standalone.jar"));
    assertThat(Files.isRegularFile(jar)).as("packaged jar %s", jar).isTrue();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("MOTO_ACCOUNT_ID");
    builder.environment().remove("MOTO_PORT");
    return builder.start();
  }

  /** Reads the server's log until it says where it listens. */
  private static URI awaitEndpoint(Process process) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("read failed: " + e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    StringBuilder seen = new StringBuilder();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.append(line).append('\n');
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          return URI.create(matcher.group(1));
        }
      } else if (!process.isAlive()) {
        break;
      }
    }
    throw new AssertionError("The jar never said where it listens:\n" + seen);
  }
}
