package org.moto4j.benchmarks.s3;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code S3Benchmark} measures and for how long, from its command line. The defaults are the
 * numbers BENCHMARKS.md reports; {@code --smoke} shrinks everything to run in well under a minute.
 *
 * @param warmup unmeasured load before each measured window
 * @param window each measured window
 * @param clientThreads client counts for PUT and GET
 * @param listBuckets bucket sizes (keys) for the ListObjectsV2 pages
 * @param heapObjects 1 KiB objects stored to measure the heap they hold
 * @param multipartBytes size of the multipart upload
 * @param parts its number of parts
 * @param multipartConnections parts uploaded at once
 * @param fillThreads connections that fill buckets before a measurement
 * @param sections which measurements to run: objects, list, heap, multipart
 */
public record BenchmarkOptions(
    Duration warmup,
    Duration window,
    List<Integer> clientThreads,
    List<Integer> listBuckets,
    int heapObjects,
    long multipartBytes,
    int parts,
    int multipartConnections,
    int fillThreads,
    Set<String> sections) {

  /** Every measurement, in the order they run. */
  public static final List<String> SECTIONS = List.of("objects", "list", "heap", "multipart");

  private static final String USAGE =
      """
      S3Benchmark [options]   (client and server in this JVM, over loopback)
        --smoke                      short run (< 1 min): 0.5 s warm-up, 1.5 s windows, small buckets
        --warmup SECONDS             warm-up before each window (default 5)
        --window SECONDS             measured window (default 10)
        --threads 1,16               client threads for PUT and GET of 1 KiB objects
        --list-keys 1000,100000      bucket sizes for the ListObjectsV2 page of 1,000
        --heap-objects 100000        1 KiB objects stored for the heap measurement
        --multipart-mib 1024         size of the multipart upload, MiB
        --parts 100                  its parts
        --multipart-connections 4    parts in flight at once
        --fill-threads 8             connections filling buckets
        --only objects,list,heap,multipart
      """;

  /** The command line's help text. */
  public static String usage() {
    return USAGE;
  }

  /** The full measurement. */
  public static BenchmarkOptions defaults() {
    return new BenchmarkOptions(
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        List.of(1, 16),
        List.of(1_000, 100_000),
        100_000,
        1024L << 20,
        100,
        4,
        8,
        new LinkedHashSet<>(SECTIONS));
  }

  /** The smoke run: every path exercised, nothing worth reporting. */
  public static BenchmarkOptions smoke() {
    return new BenchmarkOptions(
        Duration.ofMillis(500),
        Duration.ofMillis(1500),
        List.of(1, 16),
        List.of(1_000, 10_000),
        10_000,
        64L << 20,
        8,
        4,
        8,
        new LinkedHashSet<>(SECTIONS));
  }

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException on an unknown option or a bad value
   */
  public static BenchmarkOptions parse(String... args) {
    BenchmarkOptions base = Arrays.asList(args).contains("--smoke") ? smoke() : defaults();
    Duration warmup = base.warmup;
    Duration window = base.window;
    List<Integer> clientThreads = base.clientThreads;
    List<Integer> listBuckets = base.listBuckets;
    int heapObjects = base.heapObjects;
    long multipartBytes = base.multipartBytes;
    int parts = base.parts;
    int multipartConnections = base.multipartConnections;
    int fillThreads = base.fillThreads;
    Set<String> sections = base.sections;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--smoke")) {
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + name);
      }
      String value = args[++i];
      try {
        switch (name) {
          case "--warmup" -> warmup = seconds(value);
          case "--window" -> window = seconds(value);
          case "--threads" -> clientThreads = positives(value);
          case "--list-keys" -> listBuckets = positives(value);
          case "--heap-objects" -> heapObjects = positive(value);
          case "--multipart-mib" -> multipartBytes = (long) positive(value) << 20;
          case "--parts" -> parts = positive(value);
          case "--multipart-connections" -> multipartConnections = positive(value);
          case "--fill-threads" -> fillThreads = positive(value);
          case "--only" -> sections = sections(value);
          default -> throw new IllegalArgumentException("unknown option: " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": not a number: " + value, e);
      }
    }
    return new BenchmarkOptions(
        warmup,
        window,
        clientThreads,
        listBuckets,
        heapObjects,
        multipartBytes,
        parts,
        multipartConnections,
        fillThreads,
        sections);
  }

  private static Duration seconds(String value) {
    double seconds = Double.parseDouble(value);
    if (!(seconds >= 0 && seconds <= 3600)) {
      throw new IllegalArgumentException("seconds must be 0-3600, got " + value);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static int positive(String value) {
    int number = Integer.parseInt(value.replace("_", ""));
    if (number < 1) {
      throw new IllegalArgumentException("must be at least 1, got " + value);
    }
    return number;
  }

  private static List<Integer> positives(String value) {
    return Arrays.stream(value.split(",")).map(BenchmarkOptions::positive).toList();
  }

  private static Set<String> sections(String value) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String section : value.split(",")) {
      if (!SECTIONS.contains(section)) {
        throw new IllegalArgumentException("unknown section " + section + "; one of " + SECTIONS);
      }
      chosen.add(section);
    }
    return chosen;
  }
}
