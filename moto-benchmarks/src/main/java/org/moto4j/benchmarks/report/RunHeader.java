package org.moto4j.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The opening of a benchmark's markdown report: a heading, where and when it was measured, how, and
 * the exact command that reproduces it.
 */
public final class RunHeader {

  private RunHeader() {}

  /**
   * The header's markdown.
   *
   * @param heading the section heading, without {@code ##}
   * @param setup one sentence or more on how clients and server talk
   * @param mainClass the benchmark's main class
   * @param arguments its command line
   */
  public static String render(String heading, String setup, String mainClass, String arguments) {
    Runtime runtime = Runtime.getRuntime();
    String jvmOptions =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(option -> option.startsWith("-X") || option.startsWith("-D"))
            .collect(Collectors.joining(" "));
    return String.format(
            Locale.ROOT,
            "## %s%n%nMeasured %s on %d cores, %s %s, Java %s (%s), max heap %d MiB. %s%n%n",
            heading,
            LocalDate.now(),
            runtime.availableProcessors(),
            System.getProperty("os.name"),
            System.getProperty("os.arch"),
            System.getProperty("java.version"),
            System.getProperty("java.vm.name"),
            runtime.maxMemory() >> 20,
            setup)
        + "```\njava "
        + (jvmOptions.isEmpty() ? "" : jvmOptions + " ")
        + "-cp moto-benchmarks/target/benchmarks.jar "
        + mainClass
        + (arguments.isEmpty() ? "" : " " + arguments)
        + "\n```\n";
  }
}
