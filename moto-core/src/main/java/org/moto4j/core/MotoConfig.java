package org.moto4j.core;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where settings come from, first match wins: a value set from code, the system property, the
 * environment variable, the setting's default. Read on every use, so a test may change a system
 * property between two requests, as moto's users change the environment.
 *
 * <pre>{@code
 * MotoConfig config = new MotoConfig().set(Setting.ACCOUNT_ID, "111111111111");
 * }</pre>
 */
public final class MotoConfig {

  private final Map<Setting, String> overrides = new ConcurrentHashMap<>();
  private final Map<String, String> environment;

  /** A configuration reading this process's system properties and environment. */
  public MotoConfig() {
    this(System.getenv());
  }

  /** A configuration reading the given environment instead of the process's (for tests). */
  public MotoConfig(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Sets a value that wins over system properties and the environment. */
  public MotoConfig set(Setting setting, String value) {
    overrides.put(setting, value);
    return this;
  }

  /** Forgets a value set from code. */
  public MotoConfig clear(Setting setting) {
    overrides.remove(setting);
    return this;
  }

  /** The setting's value, if any source (or its default) gives a non-blank one. */
  public Optional<String> get(Setting setting) {
    String value = overrides.get(setting);
    if (isBlank(value)) {
      value = System.getProperty(setting.property());
    }
    if (isBlank(value)) {
      value = environment.get(setting.environmentVariable());
    }
    if (isBlank(value)) {
      value = setting.defaultValue();
    }
    return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
  }

  /** The setting as a boolean: {@code true}/{@code false}, case-insensitive. */
  public boolean getBoolean(Setting setting) {
    String value = get(setting).orElse("false");
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalStateException(
        setting.environmentVariable() + " must be true or false, got '" + value + "'");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
