package org.moto4j.it;

import java.net.URI;
import org.moto4j.core.Moto;
import org.moto4j.servlet.MotoServer;

/** The seed scenarios against the embedded server. */
class SeedScenariosOnMotoServerTest extends SeedScenarios {

  private MotoServer server;

  @Override
  URI serve(Moto moto) {
    server = MotoServer.builder().port(0).moto(moto).build().start();
    return server.endpoint();
  }

  @Override
  void stopServing() {
    server.close();
  }
}
