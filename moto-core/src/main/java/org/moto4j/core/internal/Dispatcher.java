package org.moto4j.core.internal;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountResolver;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Regions;
import org.moto4j.core.Setting;
import org.moto4j.core.access.AccessControl;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MalformedRequestException;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.RequestIds;
import org.moto4j.core.spi.OperationNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one AWS request: finds its service, region and account, hands it to the service and
 * encodes any {@link AwsException} in the service's protocol. The only place errors are caught.
 */
public final class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final ServiceResolver services;
  private final AccountResolver accounts;
  private final MotoConfig config;
  private final ControlPlane.SeenAccounts seen;
  private final Map<String, OperationNames> operationNames;
  private final CredentialRegistry credentials;
  private final Clock clock;
  private final AccessControl accessControl;

  Dispatcher(Map<String, RegisteredService> byName, AccountResolver accounts) {
    this(
        byName,
        accounts,
        new MotoConfig(Map.of()),
        new ControlPlane.SeenAccounts(),
        Set.of(),
        new CredentialRegistry(),
        Clock.systemUTC(),
        null);
  }

  /** A dispatcher taking its configuration and request-log helpers from the injector. */
  Dispatcher(Map<String, RegisteredService> byName, AccountResolver accounts, Injector injector) {
    this(
        byName,
        accounts,
        injector.getInstance(MotoConfig.class),
        injector.getInstance(ControlPlane.SeenAccounts.class),
        injector.getInstance(Key.get(new TypeLiteral<Set<OperationNames>>() {})),
        injector.getInstance(CredentialRegistry.class),
        injector.getInstance(Clock.class),
        injector.getInstance(AccessControl.class));
  }

  private Dispatcher(
      Map<String, RegisteredService> byName,
      AccountResolver accounts,
      MotoConfig config,
      ControlPlane.SeenAccounts seen,
      Set<OperationNames> operationNames,
      CredentialRegistry credentials,
      Clock clock,
      AccessControl accessControl) {
    this.services = new ServiceResolver(byName);
    this.accessControl = accessControl;
    this.credentials = credentials;
    this.clock = clock;
    this.accounts = accounts;
    this.config = config;
    this.seen = seen;
    Map<String, OperationNames> byService = new HashMap<>();
    operationNames.forEach(names -> byService.put(names.service(), names));
    this.operationNames = Map.copyOf(byService);
  }

  /** Answers a request; never throws for anything the client sent. */
  public MotoResponse handle(MotoRequest request) {
    long start = System.nanoTime();
    RequestCredentials signer;
    // A request that cannot be read is answered once its service (and so its protocol) is known.
    RuntimeException unreadable = null;
    try {
      signer = RequestCredentials.of(request);
    } catch (RequestCredentials.MalformedException | MalformedRequestException e) {
      signer = RequestCredentials.ANONYMOUS;
      unreadable = e;
    }

    RegisteredService service;
    try {
      service = services.resolve(request, signer);
    } catch (AwsException e) {
      // No service to take the protocol from: a query-protocol client (STS, IAM…) still gets the
      // error in the shape its SDK parses.
      if (looksLikeQuery(request)) {
        return Protocol.QUERY.error(e, "", RequestIds.uuid(), isHead(request));
      }
      return Protocol.REST_XML.error(e, "", RequestIds.s3(), isHead(request));
    } catch (MalformedRequestException e) {
      AwsException error = Protocol.REST_XML.malformedRequest(e.getMessage());
      return Protocol.REST_XML.error(error, "", RequestIds.s3(), isHead(request));
    }

    Protocol protocol = service.descriptor().protocol();
    String requestId = protocol == Protocol.REST_XML ? RequestIds.s3() : RequestIds.uuid();
    MotoResponse response;
    String account = "-";
    try {
      if (unreadable instanceof RequestCredentials.MalformedException malformed) {
        throw malformed.isPresigned()
            ? protocol.malformedPresignedQuery(malformed.getMessage())
            : protocol.malformedAuthorization(malformed.getMessage());
      }
      if (unreadable != null) {
        throw unreadable;
      }
      AccountResolver.Resolution resolution = accounts.resolve(request, signer);
      account = resolution.account().value();
      seen.saw(resolution.account());
      AccountContext context =
          new AccountContext(
              resolution.account(),
              region(request, signer, service),
              requestId,
              signer.accessKeyId(),
              resolution.credential());
      if (accessControl != null) {
        // One volatile read unless IAM enforcement is on (INITIAL_NO_AUTH_ACTION_COUNT…).
        accessControl.authorize(request, signer, context, service.descriptor());
      }
      if (resolution.credential() != null) {
        // GetAccessKeyLastUsed and RoleLastUsed read these uses back.
        credentials.recordUse(
            resolution.credential(),
            service.descriptor().name(),
            context.region(),
            clock.instant());
      }
      response = protocol.requestIds(service.handler().handle(request, context), requestId);
    } catch (AwsException e) {
      response = protocol.error(e, service.descriptor().xmlNamespace(), requestId, isHead(request));
    } catch (MalformedRequestException e) {
      AwsException error = protocol.malformedRequest(e.getMessage());
      response =
          protocol.error(error, service.descriptor().xmlNamespace(), requestId, isHead(request));
    } catch (AccountResolver.InvalidAccountIdException e) {
      AwsException error = protocol.invalidParameter(e.getMessage());
      response =
          protocol.error(error, service.descriptor().xmlNamespace(), requestId, isHead(request));
    } catch (RuntimeException e) {
      log.error("Request {} ({}) failed", requestId, request, e);
      AwsException error =
          new AwsException(
              "InternalError",
              500,
              "We encountered an internal error. Please try again. (" + e + ")");
      response =
          protocol.error(error, service.descriptor().xmlNamespace(), requestId, isHead(request));
    }
    if (log.isDebugEnabled()) {
      log.debug(
          "{} {} account={} status={} {} ms ({} {}) request-id={}",
          service.descriptor().name(),
          operation(request, service),
          account,
          response.status(),
          String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e6),
          request.method(),
          request.rawPath(),
          requestId);
    }
    return response;
  }

  /** The operation a request was for, as well as can be told once it is answered; "-" if not. */
  private String operation(MotoRequest request, RegisteredService service) {
    try {
      if (service.descriptor().protocol() == Protocol.QUERY) {
        String action = request.queryParameter("Action");
        if (action == null) {
          List<String> form = request.form().get("Action");
          action = form == null || form.isEmpty() ? null : form.get(0);
        }
        return action == null ? "-" : action;
      }
      OperationNames names = operationNames.get(service.descriptor().name());
      return names == null ? "-" : names.operationOf(request).orElse("-");
    } catch (RuntimeException e) {
      // Only the log line needs the name: a request too broken to name is logged without one.
      return "-";
    }
  }

  private String region(MotoRequest request, RequestCredentials signer, RegisteredService service) {
    if (signer.region() != null && !signer.region().isEmpty()) {
      return Regions.actingRegion(signer.region());
    }
    return ServiceResolver.regionOfHost(request.host(), service.descriptor().name())
        .orElseGet(() -> config.get(Setting.DEFAULT_REGION).orElse(Regions.DEFAULT));
  }

  private static boolean looksLikeQuery(MotoRequest request) {
    if (!request.rawPath().equals("/")) {
      return false;
    }
    try {
      return request.queryParameter("Action") != null
          || (request.method().equals("POST") && request.isForm());
    } catch (MalformedRequestException e) {
      return false;
    }
  }

  private static boolean isHead(MotoRequest request) {
    return request.method().equals("HEAD");
  }
}
