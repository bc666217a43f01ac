package org.moto4j.core.protocol.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;

/**
 * Routes query-protocol requests by {@code Action} to their {@link QueryAction} and wraps the
 * result in AWS's envelope. An action of the API that the service does not implement answers {@code
 * 501 NotImplemented} naming it; an action the API does not have answers {@code 400 InvalidAction}.
 */
public final class QueryRouter implements ServiceHandler {

  private final ServiceDescriptor descriptor;
  private final Set<String> apiActions;
  private final Map<String, QueryAction> actions;

  /**
   * @param apiActions every action of the service's API
   * @param actions the implemented ones
   */
  public QueryRouter(
      ServiceDescriptor descriptor, Set<String> apiActions, Map<String, QueryAction> actions) {
    if (!apiActions.containsAll(actions.keySet())) {
      throw new IllegalArgumentException(
          "Actions not in the " + descriptor.name() + " API: " + actions.keySet());
    }
    this.descriptor = descriptor;
    this.apiActions = Set.copyOf(apiActions);
    this.actions = Map.copyOf(actions);
  }

  /** Reads a resource listing one action name per line, as kept beside each query service. */
  public static Set<String> readActions(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      Set<String> names = new LinkedHashSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public MotoResponse handle(MotoRequest request, AccountContext context) {
    QueryRequest query = QueryRequest.of(request);
    String name = query.action();
    if (name == null || name.isEmpty()) {
      throw new AwsException("MissingAction", 400, "Missing Action");
    }
    String version = query.version();
    if (version != null && !version.equals(descriptor.apiVersion())) {
      throw new AwsException(
          "InvalidAction", 400, "Could not find operation " + name + " for version " + version);
    }
    QueryAction action = actions.get(name);
    if (action == null) {
      if (apiActions.contains(name)) {
        throw new AwsException(
            "NotImplemented",
            501,
            "The "
                + name
                + " operation of "
                + descriptor.name()
                + " is not implemented by moto4j.");
      }
      throw new AwsException(
          "InvalidAction",
          400,
          "Could not find operation "
              + name
              + " for version "
              + (version == null ? descriptor.apiVersion() : version));
    }
    XmlWriter xml = XmlWriter.document().start(name + "Response", descriptor.xmlNamespace());
    if (action.hasResult()) {
      xml.start(name + "Result");
      action.handle(query, context, xml);
      xml.end();
    } else {
      action.handle(query, context, xml);
    }
    xml.start("ResponseMetadata").element("RequestId", context.requestId()).end().end();
    return Protocol.QUERY
        .requestIds(MotoResponse.status(200), context.requestId())
        .xml(xml.toXml());
  }
}
