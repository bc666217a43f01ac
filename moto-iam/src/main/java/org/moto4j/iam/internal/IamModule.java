package org.moto4j.iam.internal;

import com.google.inject.AbstractModule;

/** Wires IAM: its handler and its view of the backend registry. */
public final class IamModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(IamBackends.class);
    bind(IamHandler.class);
  }
}
