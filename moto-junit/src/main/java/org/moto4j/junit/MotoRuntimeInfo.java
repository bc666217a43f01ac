package org.moto4j.junit;

import java.net.URI;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.servlet.MotoServer;

/** What a test needs to know of its moto4j server. */
public final class MotoRuntimeInfo {

  private final MotoServer server;

  MotoRuntimeInfo(MotoServer server) {
    this.server = server;
  }

  /** {@code http://127.0.0.1:<port>}: the endpoint to give any AWS client. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** The mocked AWS behind the server. */
  public Moto moto() {
    return server.moto();
  }

  /** Forgets every resource of every account. */
  public void reset() {
    server.moto().reset();
  }

  /** Forgets every resource of one account. */
  public void reset(String accountId) {
    server.moto().reset(AccountId.of(accountId));
  }
}
