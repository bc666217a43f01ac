package org.moto4j.benchmarks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

class IdentityLoadTest {

  @Test
  void every_cell_of_a_short_run_completes_signed_pairs_and_leaves_no_state() throws Exception {
    try (MotoServer server =
        MotoServer.builder().port(0).config(new MotoConfig(Map.of())).build().start()) {
      // A first, unmeasured cell loads the classes, so every measured window sees warm code.
      IdentityLoad load = new IdentityLoad(server, Duration.ofMillis(200), Duration.ofMillis(800));
      load.run(List.of(1));

      String table = load.run(List.of(1, 2));

      List<String> rows =
          table
              .lines()
              .filter(line -> line.startsWith("| ") && !line.startsWith("| operations"))
              .toList();
      assertThat(rows).hasSize(4);
      assertThat(rows)
          .allSatisfy(
              row -> {
                String pairsPerSecond = row.split("\\|")[3].trim().replace(",", "");
                assertThat(Double.parseDouble(pairsPerSecond)).isPositive();
              });
      // each cell resets moto4j: the users the last IAM cell created are gone
      try (HttpConnection connection = HttpConnection.open(server.address())) {
        String users =
            new QueryWire(server.address().getHostString() + ":" + server.port())
                .call(connection, "iam", "2010-05-08", Credentials.DEFAULT_ROOT, "ListUsers");
        assertThat(users).contains("<Users></Users>").doesNotContain("<UserName>");
      }
    }
  }
}
