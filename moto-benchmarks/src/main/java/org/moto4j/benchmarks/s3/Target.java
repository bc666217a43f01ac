package org.moto4j.benchmarks.s3;

import java.net.InetSocketAddress;

/** A server under load: moto4j, or the empty Jetty handler it is compared with. */
public record Target(String name, InetSocketAddress address) {}
