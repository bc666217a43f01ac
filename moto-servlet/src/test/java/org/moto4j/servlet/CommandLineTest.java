package org.moto4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;

class CommandLineTest {

  @Test
  void defaults_are_loopback_and_port_5000() {
    assertThat(CommandLine.parse(new String[0], Map.of()))
        .isEqualTo(new CommandLine("127.0.0.1", 5000, false));
  }

  @Test
  void moto_port_sets_the_default_port_and_flags_win() {
    assertThat(CommandLine.parse(new String[0], Map.of("MOTO_PORT", "6000")).port())
        .isEqualTo(6000);
    assertThat(CommandLine.parse(new String[] {"--port", "7000"}, Map.of("MOTO_PORT", "6000")))
        .isEqualTo(new CommandLine("127.0.0.1", 7000, false));
    assertThat(CommandLine.parse(new String[] {"--host=0.0.0.0", "-p", "0"}, Map.of()))
        .isEqualTo(new CommandLine("0.0.0.0", 0, false));
  }

  @Test
  void help_is_recognised_and_the_usage_names_every_flag() {
    assertThat(CommandLine.parse(new String[] {"--help"}, Map.of()).help()).isTrue();
    assertThat(CommandLine.USAGE).contains("--host").contains("--port").contains("MOTO_PORT");
  }

  @Test
  void the_usage_documents_every_environment_variable_and_control_plane_endpoint()
      throws Exception {
    // Every Setting core declares, so a new one cannot go undocumented.
    List<String> variables = new ArrayList<>();
    for (Field field : Setting.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
        variables.add(((Setting) field.get(null)).environmentVariable());
      }
    }
    assertThat(variables).contains("MOTO_ACCOUNT_ID", "INITIAL_NO_AUTH_ACTION_COUNT");
    assertThat(CommandLine.USAGE).contains(variables).contains("MOTO_LOG_LEVEL");
    assertThat(CommandLine.USAGE)
        .contains(
            "POST /moto-api/reset",
            "POST /moto-api/reset-auth",
            "GET  /moto-api/data.json",
            "GET  /moto-api/health",
            "GET  /moto-api/services",
            "GET  /moto-api/accounts",
            "GET  /moto-api/accounts/{id}/root-credentials");
  }

  @Test
  void bad_arguments_are_refused_with_a_reason() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "abc"}, Map.of()))
        .hasMessageContaining("'abc'");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "65536"}, Map.of()))
        .hasMessageContaining("0 to 65535");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--verbose"}, Map.of()))
        .hasMessageContaining("unknown argument '--verbose'");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--host"}, Map.of()))
        .hasMessageContaining("--host needs a value");
  }
}
