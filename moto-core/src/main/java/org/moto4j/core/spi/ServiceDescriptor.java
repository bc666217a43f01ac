package org.moto4j.core.spi;

import java.util.Objects;
import org.moto4j.core.protocol.Protocol;

/**
 * How the dispatcher recognises a service and speaks its protocol.
 *
 * @param name the SigV4 signing name and endpoint prefix, such as {@code sts}
 * @param protocol the wire protocol its errors are encoded in
 * @param xmlNamespace the namespace of its XML responses
 * @param apiVersion the {@code Version} a query-protocol request names, or {@code null}
 * @param global whether its state is kept per partition rather than per region
 */
public record ServiceDescriptor(
    String name, Protocol protocol, String xmlNamespace, String apiVersion, boolean global) {

  public ServiceDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(xmlNamespace, "xmlNamespace");
  }
}
