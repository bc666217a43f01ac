package org.moto4j.benchmarks.load;

import java.io.IOException;

/** One request of a load, sent by worker {@code worker} as its {@code sequence}-th. */
@FunctionalInterface
public interface LoadRequest {

  /**
   * Sends the request on the worker's own connection and checks the answer.
   *
   * @throws IOException on a transport failure
   * @throws IllegalStateException when the answer is not the expected one
   */
  void send(HttpConnection connection, int worker, long sequence) throws IOException;
}
