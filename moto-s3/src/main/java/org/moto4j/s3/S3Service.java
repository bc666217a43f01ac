package org.moto4j.s3;

import com.google.inject.Module;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;
import org.moto4j.s3.internal.S3Module;
import org.moto4j.s3.internal.S3Router;

/**
 * Amazon S3, found by {@link java.util.ServiceLoader}: one bucket namespace shared by all accounts,
 * each bucket owned by one. Global: its state is not split by region.
 */
public final class S3Service implements MotoService {

  /** The namespace of S3's XML documents. */
  public static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  /** How the dispatcher recognises S3. */
  public static final ServiceDescriptor DESCRIPTOR =
      new ServiceDescriptor("s3", Protocol.REST_XML, NAMESPACE, null, true);

  @Override
  public ServiceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Module module() {
    return new S3Module();
  }

  @Override
  public Class<? extends ServiceHandler> handler() {
    return S3Router.class;
  }
}
