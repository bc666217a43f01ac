package org.moto4j.benchmarks.load;

import java.io.IOException;
import java.io.OutputStream;

/** Streams a request body of a length announced beforehand, so it is never held whole. */
@FunctionalInterface
public interface BodyWriter {

  /** Writes exactly the announced number of bytes to {@code out}. */
  void writeTo(OutputStream out) throws IOException;
}
