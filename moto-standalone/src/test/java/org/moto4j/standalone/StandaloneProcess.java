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

/**
 * The packaged jar run as a user runs it, {@code java -Xmx256m -jar moto-standalone.jar}, its
 * output captured: {@link #start} for a run that exits, {@link #serve} for a server.
 */
final class StandaloneProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("moto4j listening on (http://\\S+)");

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuffer output = new StringBuffer();
  private final URI endpoint;

  private StandaloneProcess(Process process) throws InterruptedException {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "standalone-output");
    reader.setDaemon(true);
    reader.start();
    this.endpoint = awaitEndpoint();
  }

  /** Starts the jar with these arguments; the caller reads its output and waits for it. */
  static Process start(String... args) throws IOException {
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

  /** Starts the server on a free port and returns once it says where it listens. */
  static StandaloneProcess serve() throws IOException, InterruptedException {
    Process process = start("--port", "0");
    try {
      return new StandaloneProcess(process);
    } catch (AssertionError | InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Where the server listens. */
  URI endpoint() {
    return endpoint;
  }

  /** Whether the server process still runs. */
  boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the server has printed so far. */
  String output() {
    return output.toString();
  }

  /** Stops the server as Ctrl-C would, and checks it went. */
  @Override
  public void close() {
    process.destroy();
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the server stopped").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new AssertionError("interrupted while the server stopped", e);
    }
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        output.append(line).append('\n');
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("read failed: " + e);
    }
  }

  /** Reads the server's log until it says where it listens. */
  private URI awaitEndpoint() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          return URI.create(matcher.group(1));
        }
      } else if (!process.isAlive()) {
        break;
      }
    }
    throw new AssertionError("The jar never said where it listens:\n" + output);
  }
}
