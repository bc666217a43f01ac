package org.moto4j.it;

import java.util.Map;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/** Servers for the scenarios: every service, a free port, and no reading of the environment. */
final class Servers {

  private Servers() {}

  /** A started server whose configuration ignores the process environment. */
  static MotoServer started() {
    return MotoServer.builder()
        .port(0)
        .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
        .build()
        .start();
  }
}
