package org.moto4j.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.Regions;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MalformedRequestException;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;

/**
 * Finds the service a request is for: the SigV4 scope, then a query-protocol {@code Action} (by
 * {@code Version}, else by action name), then the host name, then S3.
 */
final class ServiceResolver {

  private static final String FALLBACK = "s3";

  private final Map<String, RegisteredService> byName;

  ServiceResolver(Map<String, RegisteredService> byName) {
    this.byName = byName;
  }

  /** The service, or an AwsException naming what moto4j cannot serve. */
  RegisteredService resolve(MotoRequest request, RequestCredentials signer) {
    if (signer.service() != null) {
      RegisteredService service = byName.get(signingNameAlias(signer.service()));
      if (service == null) {
        throw notInstalled(signer.service());
      }
      return service;
    }
    return byQueryAction(request)
        .or(() -> byHost(request.host()))
        .or(() -> Optional.ofNullable(byName.get(FALLBACK)))
        .orElseThrow(() -> notRecognised(request.host().isEmpty() ? "(unknown)" : request.host()));
  }

  /**
   * The region the host names, such as {@code eu-west-1} in {@code sts.eu-west-1.amazonaws.com}.
   */
  static Optional<String> regionOfHost(String host, String service) {
    List<String> labels = List.of(host.split("\\."));
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label.equals(service) && i + 1 < labels.size()) {
        String next = labels.get(i + 1);
        if (next.equals("dualstack") && i + 2 < labels.size()) {
          next = labels.get(i + 2);
        }
        if (Regions.isRegion(next)) {
          return Optional.of(next);
        }
      }
      if (label.startsWith(service + "-")
          && Regions.isRegion(label.substring(service.length() + 1))) {
        return Optional.of(label.substring(service.length() + 1));
      }
    }
    return Optional.empty();
  }

  private Optional<RegisteredService> byQueryAction(MotoRequest request) {
    // Query-protocol requests go to the root; a body anywhere else belongs to S3 and stays unread.
    if (!request.rawPath().equals("/")) {
      return Optional.empty();
    }
    boolean formPost = request.method().equals("POST") && request.isForm();
    String action = null;
    String version = null;
    try {
      action = request.queryParameter("Action");
      version = request.queryParameter("Version");
    } catch (MalformedRequestException e) {
      // Answered by the service once found; the form may still name it.
    }
    if (formPost) {
      List<String> formAction = request.form().get("Action");
      List<String> formVersion = request.form().get("Version");
      action = formAction != null ? formAction.get(0) : action;
      version = formVersion != null ? formVersion.get(0) : version;
    }
    if (action == null) {
      return Optional.empty();
    }
    for (RegisteredService service : byName.values()) {
      if (version != null && version.equals(service.descriptor().apiVersion())) {
        return Optional.of(service);
      }
    }
    for (RegisteredService service : byName.values()) {
      if (service.queryActions().contains(action)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  private Optional<RegisteredService> byHost(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".amazonaws.com") && !lower.endsWith(".amazonaws.com.cn")) {
      return Optional.empty();
    }
    for (RegisteredService service : byName.values()) {
      String name = service.descriptor().name();
      if (lower.startsWith(name + ".") || lower.startsWith(name + "-")) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  private static String signingNameAlias(String signingName) {
    // S3 Express (directory buckets) and Object Lambda's WriteGetObjectResponse are S3 operations
    // signed with names of their own.
    return switch (signingName) {
      case "s3express", "s3-object-lambda" -> "s3";
      default -> signingName;
    };
  }

  /** A service signed for (so named) that no module on the classpath serves. */
  private AwsException notInstalled(String service) {
    return new AwsException(
        "NotImplemented",
        501,
        "The AWS service of this request ("
            + service
            + ") is not installed in this moto4j: add its module (org.moto4j:moto-"
            + service
            + ") to the classpath. Installed: "
            + installed()
            + ".");
  }

  private AwsException notRecognised(String host) {
    return new AwsException(
        "NotImplemented",
        501,
        "moto4j cannot tell which AWS service this request is for (host "
            + host
            + "). Installed: "
            + installed()
            + ".");
  }

  private String installed() {
    return byName.isEmpty() ? "none" : String.join(", ", byName.keySet());
  }
}
