package org.moto4j.core.spi;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;

/**
 * A service's map from its requests to the IAM permissions they need, as AWS's Service
 * Authorization Reference lists them. Bound by each service with a Guice {@code Multibinder};
 * consulted only when access control is enforced.
 */
public interface PermissionMapping {

  /** The service it maps, as its {@link ServiceDescriptor#name()}. */
  String service();

  /**
   * The permissions {@code request} needs, in the order AWS checks them; empty when the request
   * names no operation of the service (its handler then answers the error AWS answers).
   */
  List<RequiredPermission> permissionsOf(MotoRequest request, AccountContext context);
}
