package org.moto4j.s3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.moto4j.core.spi.TabSeparatedTable;

/**
 * The S3 route table: method + target (root, bucket, object) + sub-resource query keys + required
 * query members + required headers (+ the signing name, for the one operation nothing else tells
 * apart) → operation name, for every operation of the S3 API. Read from {@code routes.tsv} beside
 * this class, which {@code S3RoutesTest} checks against the AWS model.
 *
 * <p>A request is served by the routes of its method and target whose sub-resource keys are exactly
 * the sub-resource keys it carries (so {@code PUT /bucket?location} never creates a bucket); among
 * those, the one whose required query members, headers and signing name it carries wins, the most
 * demanding first, else the least demanding one answers (and complains about what is missing).
 *
 * <p>Rows marked {@code not-in-model} are operations S3 serves that the model does not describe
 * (the browser-form {@code PostObject}): they are routed like the others but kept out of {@link
 * #routes()}, which is the model's table.
 */
public final class S3Routes {

  private static final String RESOURCE = "routes.tsv";
  private static final String NOT_IN_MODEL = "not-in-model";

  /** A query key of a request URI, such as {@code tagging} or {@code list-type=2}. */
  public record QueryKey(String name, String value) {

    static QueryKey parse(String text) {
      int equals = text.indexOf('=');
      return equals < 0
          ? new QueryKey(text, null)
          : new QueryKey(text.substring(0, equals), text.substring(equals + 1));
    }

    boolean isIn(Map<String, List<String>> query) {
      List<String> values = query.get(name);
      return values != null && (value == null || values.contains(value));
    }

    @Override
    public String toString() {
      return value == null ? name : name + "=" + value;
    }
  }

  /**
   * One line of the table.
   *
   * @param operation the model's operation name
   * @param method the HTTP method
   * @param target {@code root}, {@code bucket}, {@code object} or a literal path
   * @param subResources the query keys of the model's request URI
   * @param query the required query members
   * @param headers the required headers, lower case
   * @param signedAs the SigV4 signing name that tells the operation apart, or {@code null}
   * @param deprecated whether the model deprecates the operation
   */
  public record Route(
      String operation,
      String method,
      String target,
      List<QueryKey> subResources,
      List<String> query,
      List<String> headers,
      String signedAs,
      boolean deprecated) {

    /** Whether the target is a literal path such as {@code /WriteGetObjectResponse}. */
    public boolean isLiteral() {
      return target.startsWith("/");
    }

    Set<String> subResourceNames() {
      Set<String> names = new HashSet<>();
      subResources.forEach(key -> names.add(key.name()));
      return names;
    }

    /** The wire shape of the route, which no two served routes share. */
    List<Object> shape() {
      return List.of(method, target, subResources, query, headers, Objects.toString(signedAs));
    }

    int demands() {
      return query.size() + headers.size() + (signedAs == null ? 0 : 1);
    }

    boolean demandsMet(RouteRequest request) {
      return query.stream().allMatch(request.query()::containsKey)
          && headers.stream().allMatch(request.headers())
          && (signedAs == null || signedAs.equals(request.signingName().get()));
    }
  }

  /**
   * What routing reads of a request.
   *
   * @param method the HTTP method
   * @param target what the path addresses
   * @param rawPath the raw path, for literal routes
   * @param query the decoded query parameters
   * @param headers whether a header (lower-case name) is present
   * @param signingName the SigV4 signing name, read only when a route needs it
   */
  public record RouteRequest(
      String method,
      S3Address.Target target,
      String rawPath,
      Map<String, List<String>> query,
      Predicate<String> headers,
      Supplier<String> signingName) {}

  private final List<Route> routes;
  private final List<Route> outsideModel;
  private final List<Route> literals = new ArrayList<>();
  private final Map<String, List<Route>> served = new HashMap<>();
  private final Map<String, Set<String>> subResourceNamesByTarget = new HashMap<>();

  private S3Routes(List<Route> modelRoutes, List<Route> outsideModel) {
    this.routes = List.copyOf(modelRoutes);
    this.outsideModel = List.copyOf(outsideModel);
    List<Route> all = new ArrayList<>(modelRoutes);
    all.addAll(outsideModel);
    Map<List<Object>, Route> byShape = new LinkedHashMap<>();
    for (Route route : all) {
      if (!route.deprecated()) {
        Route twin = byShape.putIfAbsent(route.shape(), route);
        if (twin != null) {
          throw new IllegalStateException(
              "Routes " + twin.operation() + " and " + route.operation() + " cannot be told apart");
        }
      }
    }
    for (Route route : all) {
      // A deprecated operation with the same wire shape as its successor is served by it.
      if (route.deprecated() && byShape.containsKey(route.shape())) {
        continue;
      }
      if (route.isLiteral()) {
        literals.add(route);
      } else {
        served
            .computeIfAbsent(route.method() + " " + route.target(), k -> new ArrayList<>())
            .add(route);
        subResourceNamesByTarget
            .computeIfAbsent(route.target(), k -> new HashSet<>())
            .addAll(route.subResourceNames());
      }
    }
  }

  /** The table shipped with moto4j. */
  public static S3Routes load() {
    List<Route> routes = new ArrayList<>();
    List<Route> outsideModel = new ArrayList<>();
    for (List<String> row : TabSeparatedTable.read(S3Routes.class, RESOURCE, 8)) {
      (row.get(7).equals(NOT_IN_MODEL) ? outsideModel : routes)
          .add(parse(row.toArray(String[]::new)));
    }
    return new S3Routes(routes, outsideModel);
  }

  private static Route parse(String[] columns) {
    List<QueryKey> subResources = new ArrayList<>();
    for (String key : list(columns[3], "&")) {
      subResources.add(QueryKey.parse(key));
    }
    return new Route(
        columns[0],
        columns[1],
        columns[2],
        List.copyOf(subResources),
        list(columns[4], ","),
        list(columns[5], ","),
        columns[6].equals("-") ? null : columns[6],
        columns[7].equals("deprecated"));
  }

  private static List<String> list(String column, String separator) {
    return column.equals("-") ? List.of() : List.of(column.split(separator));
  }

  /** Every route of the model, in table order, deprecated ones included. */
  public List<Route> routes() {
    return routes;
  }

  /** The routes S3 serves that the model does not describe, such as {@code PostObject}. */
  public List<Route> outsideModel() {
    return outsideModel;
  }

  /** The route that serves a request; {@code null} when none does (405 MethodNotAllowed). */
  public Route match(RouteRequest request) {
    for (Route literal : literals) {
      if (literal.method().equals(request.method())
          && literal.target().equals(request.rawPath())
          && literal.demandsMet(request)) {
        return literal;
      }
    }
    String target = request.target().name().toLowerCase(Locale.ROOT);
    List<Route> candidates = served.getOrDefault(request.method() + " " + target, List.of());
    Set<String> named = new HashSet<>(request.query().keySet());
    named.retainAll(subResourceNamesByTarget.getOrDefault(target, Set.of()));
    Route best = null;
    Route fallback = null;
    for (Route route : candidates) {
      if (!route.subResourceNames().equals(named)
          || !route.subResources().stream().allMatch(key -> key.isIn(request.query()))) {
        continue;
      }
      if (route.demandsMet(request) && (best == null || route.demands() > best.demands())) {
        best = route;
      }
      if (fallback == null || route.demands() < fallback.demands()) {
        fallback = route;
      }
    }
    return best != null ? best : fallback;
  }
}
