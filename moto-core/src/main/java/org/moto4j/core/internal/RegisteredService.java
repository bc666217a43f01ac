package org.moto4j.core.internal;

import java.util.Set;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/** A discovered service with its handler taken from the injector. */
record RegisteredService(
    ServiceDescriptor descriptor, ServiceHandler handler, Set<String> queryActions) {}
