package org.moto4j.core.spi;

import com.google.inject.Module;
import java.util.Set;

/**
 * One AWS service, discovered with {@link java.util.ServiceLoader}: a jar that lists its
 * implementation in {@code META-INF/services/org.moto4j.core.spi.MotoService} is served.
 */
public interface MotoService {

  /** How the dispatcher recognises the service. */
  ServiceDescriptor descriptor();

  /** The Guice module that wires the service; it must bind {@link #handler()}. */
  Module module();

  /** The class that answers the service's requests, obtained from the injector. */
  Class<? extends ServiceHandler> handler();

  /**
   * The query-protocol actions the service's API has (whether implemented or not), so a form
   * request without {@code Version} can still find its service. Empty for REST services.
   */
  default Set<String> queryActions() {
    return Set.of();
  }
}
