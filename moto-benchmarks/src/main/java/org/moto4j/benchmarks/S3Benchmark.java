package org.moto4j.benchmarks;

import org.moto4j.benchmarks.s3.BenchmarkOptions;
import org.moto4j.benchmarks.s3.S3Measurements;

/**
 * The S3 data path under load, in one run, printed as markdown for BENCHMARKS.md: PUT and GET of 1
 * KiB objects at 1 and 16 client threads against moto4j and an empty Jetty handler, a ListObjectsV2
 * page from buckets of 1,000 and 100,000 keys, a 1 GiB multipart upload, and the heap 100,000 small
 * objects hold. Progress goes to stderr, the report to stdout.
 *
 * <pre>
 * java -Xmx2g -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.S3Benchmark
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.S3Benchmark --smoke
 * </pre>
 */
public final class S3Benchmark {

  private S3Benchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
        System.out.print(BenchmarkOptions.usage());
        return;
      }
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("S3Benchmark: " + e.getMessage());
      System.err.print(BenchmarkOptions.usage());
      System.exit(2);
      return;
    }
    S3Measurements.Result result =
        new S3Measurements(options).run(S3Benchmark.class.getName(), args);
    System.out.print(result.markdown());
    System.out.flush();
    if (!result.succeeded()) {
      System.exit(1);
    }
  }
}
