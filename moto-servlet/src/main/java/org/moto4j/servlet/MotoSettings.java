package org.moto4j.servlet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Regions;
import org.moto4j.core.Setting;

/**
 * The settings a {@link MotoFilter} or {@link MotoServlet} takes, by init-parameter or by code: the
 * account every request acts in, the default region, IAM enforcement and the S3 blob memory
 * threshold. Each is checked when given, so a typo fails the application's start, not a request.
 *
 * <pre>{@code
 * MotoFilter filter = new MotoFilter(MotoSettings.create().accountId("111111111111").toMoto(), "/aws");
 * }</pre>
 */
public final class MotoSettings {

  /** Init-parameter: the account every request acts in ({@code MOTO_ACCOUNT_ID}). */
  public static final String ACCOUNT_ID = "account-id";

  /** Init-parameter: the region of requests that name none (default {@code us-east-1}). */
  public static final String REGION = "region";

  /**
   * Init-parameter: moto's {@code INITIAL_NO_AUTH_ACTION_COUNT}, how many requests pass before IAM
   * access control is enforced.
   */
  public static final String INITIAL_NO_AUTH_ACTION_COUNT = "initial-no-auth-action-count";

  /** Init-parameter: the largest S3 object body kept in memory, in bytes (default 1 MiB). */
  public static final String BLOB_MEMORY_THRESHOLD = "blob-memory-threshold";

  private final Map<Setting, String> values = new LinkedHashMap<>();

  private MotoSettings() {}

  /** No settings: the environment, system properties and defaults decide. */
  public static MotoSettings create() {
    return new MotoSettings();
  }

  /**
   * Reads the init-parameters this class names; others (such as {@code prefix}) are ignored.
   *
   * @throws IllegalArgumentException when a value is malformed
   */
  public static MotoSettings fromParameters(java.util.function.UnaryOperator<String> parameters) {
    MotoSettings settings = create();
    String account = parameters.apply(ACCOUNT_ID);
    if (account != null && !account.isBlank()) {
      settings.accountId(account.trim());
    }
    String region = parameters.apply(REGION);
    if (region != null && !region.isBlank()) {
      settings.region(region.trim());
    }
    String count = parameters.apply(INITIAL_NO_AUTH_ACTION_COUNT);
    if (count != null && !count.isBlank()) {
      settings.initialNoAuthActionCount(number(INITIAL_NO_AUTH_ACTION_COUNT, count));
    }
    String threshold = parameters.apply(BLOB_MEMORY_THRESHOLD);
    if (threshold != null && !threshold.isBlank()) {
      settings.blobMemoryThreshold(number(BLOB_MEMORY_THRESHOLD, threshold));
    }
    return settings;
  }

  /** Every request acts in this account, whatever it says. */
  public MotoSettings accountId(String accountId) {
    if (!AccountId.isValid(accountId)) {
      throw new IllegalArgumentException(
          ACCOUNT_ID + " must be exactly 12 digits, got '" + accountId + "'");
    }
    values.put(Setting.ACCOUNT_ID, accountId);
    return this;
  }

  /** The region of requests that name none (unsigned, no regional host name). */
  public MotoSettings region(String region) {
    if (!Regions.isRegion(region)) {
      throw new IllegalArgumentException(REGION + " must be an AWS region, got '" + region + "'");
    }
    values.put(Setting.DEFAULT_REGION, region);
    return this;
  }

  /**
   * moto's {@code INITIAL_NO_AUTH_ACTION_COUNT}: the first {@code count} AWS requests run
   * unchecked, then every request is authenticated and authorised.
   */
  public MotoSettings initialNoAuthActionCount(int count) {
    values.put(Setting.INITIAL_NO_AUTH_ACTION_COUNT, String.valueOf(count));
    return this;
  }

  /** The largest S3 object body kept in memory, in bytes; larger ones go to temporary files. */
  public MotoSettings blobMemoryThreshold(int bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException(BLOB_MEMORY_THRESHOLD + " must not be negative");
    }
    values.put(Setting.S3_BLOB_MEMORY_THRESHOLD, String.valueOf(bytes));
    return this;
  }

  /** Sets these values on {@code config}, where they win over system properties and environment. */
  public MotoConfig applyTo(MotoConfig config) {
    values.forEach(config::set);
    return config;
  }

  /** A {@link MotoConfig} of the process's environment and system properties, with these set. */
  public MotoConfig toConfig() {
    return applyTo(new MotoConfig());
  }

  /** A {@link org.moto4j.core.Moto} serving the services on the classpath with these settings. */
  public Moto toMoto() {
    return Moto.builder().config(toConfig()).build();
  }

  private static int number(String name, String value) {
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
  }
}
