package org.moto4j.sts;

import com.google.inject.Module;
import java.util.Set;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/**
 * AWS Security Token Service, found by {@link java.util.ServiceLoader}: temporary credentials that
 * act in the account of the role (or user) they were issued for.
 */
public final class StsService implements MotoService {

  static final ServiceDescriptor DESCRIPTOR =
      new ServiceDescriptor(
          "sts", Protocol.QUERY, "https://sts.amazonaws.com/doc/2011-06-15/", "2011-06-15", true);

  /** Every operation of the STS API, as listed beside this class. */
  static final Set<String> OPERATIONS = QueryRouter.readActions(StsService.class, "operations.txt");

  @Override
  public ServiceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Module module() {
    return new StsModule();
  }

  @Override
  public Class<? extends ServiceHandler> handler() {
    return StsHandler.class;
  }

  @Override
  public Set<String> queryActions() {
    return OPERATIONS;
  }
}
