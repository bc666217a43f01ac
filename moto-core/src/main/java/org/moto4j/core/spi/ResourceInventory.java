package org.moto4j.core.spi;

import java.util.List;

/**
 * What a service holds, for {@code GET /moto-api/data.json}. A service contributes one with Guice's
 * set binder, so the control plane never depends on any service:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), ResourceInventory.class).addBinding().to(S3Inventory.class);
 * }</pre>
 */
public interface ResourceInventory {

  /** The service's name, data.json's top-level key, such as {@code s3}. */
  String service();

  /** A snapshot of every resource of every account; may be read while requests run. */
  List<ModelInstance> instances();
}
