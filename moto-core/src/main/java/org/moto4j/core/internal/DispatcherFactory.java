package org.moto4j.core.internal;

import com.google.inject.Injector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.AccountResolver;
import org.moto4j.core.spi.MotoService;

/** Builds the dispatcher from the discovered services and the injector that wired them. */
public final class DispatcherFactory {

  private DispatcherFactory() {}

  public static Dispatcher create(List<MotoService> services, Injector injector) {
    Map<String, RegisteredService> byName = new LinkedHashMap<>();
    for (MotoService service : services) {
      String name = service.descriptor().name();
      RegisteredService registered =
          new RegisteredService(
              service.descriptor(),
              injector.getInstance(service.handler()),
              service.queryActions());
      if (byName.putIfAbsent(name, registered) != null) {
        throw new IllegalStateException("Two services named " + name + " on the classpath");
      }
    }
    return new Dispatcher(byName, injector.getInstance(AccountResolver.class), injector);
  }
}
