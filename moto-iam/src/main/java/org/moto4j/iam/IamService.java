package org.moto4j.iam;

import com.google.inject.Module;
import java.util.Set;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;
import org.moto4j.iam.internal.IamHandler;
import org.moto4j.iam.internal.IamModule;

/**
 * AWS Identity and Access Management, per account: users and their access keys, whose credentials
 * act in the user's account. Served whenever this jar is on the classpath.
 */
public final class IamService implements MotoService {

  /** IAM's signing name, query protocol, namespace and version; global, so kept per partition. */
  public static final ServiceDescriptor DESCRIPTOR =
      new ServiceDescriptor(
          "iam", Protocol.QUERY, "https://iam.amazonaws.com/doc/2010-05-08/", "2010-05-08", true);

  /** Every action of the IAM API, implemented or not. */
  public static final Set<String> ACTIONS =
      Set.copyOf(QueryRouter.readActions(IamService.class, "operations.txt"));

  @Override
  public ServiceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Module module() {
    return new IamModule();
  }

  @Override
  public Class<? extends ServiceHandler> handler() {
    return IamHandler.class;
  }

  @Override
  public Set<String> queryActions() {
    return ACTIONS;
  }
}
