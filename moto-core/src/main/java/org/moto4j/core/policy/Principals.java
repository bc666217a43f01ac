package org.moto4j.core.policy;

import java.util.List;
import java.util.Map;

/**
 * A statement's {@code Principal} or {@code NotPrincipal}: {@code "*"} (anyone), or values by type
 * ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}).
 */
public record Principals(boolean anyone, Map<String, List<String>> byType) {

  /** No principal element. */
  public static final Principals ABSENT = new Principals(false, Map.of());

  public Principals {
    byType = Map.copyOf(byType);
  }

  /** Whether the element was written at all. */
  public boolean present() {
    return anyone || !byType.isEmpty();
  }

  /** The values of one type ({@code AWS}, {@code Service}…), empty when there are none. */
  public List<String> of(String type) {
    return byType.getOrDefault(type, List.of());
  }
}
