package org.moto4j.core.internal;

import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountResolver;
import org.moto4j.core.Regions;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.http.MalformedRequestException;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.core.protocol.RequestIds;
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

  Dispatcher(Map<String, RegisteredService> byName, AccountResolver accounts) {
    this.services = new ServiceResolver(byName);
    this.accounts = accounts;
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
      AccountContext context =
          new AccountContext(
              resolution.account(),
              region(request, signer, service),
              requestId,
              signer.accessKeyId(),
              resolution.credential());
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
          "{} {} {} account={} -> {} ({} µs) {}",
          service.descriptor().name(),
          request.method(),
          request.rawPath(),
          account,
          response.status(),
          (System.nanoTime() - start) / 1000,
          requestId);
    }
    return response;
  }

  private static String region(
      MotoRequest request, RequestCredentials signer, RegisteredService service) {
    if (signer.region() != null && !signer.region().isEmpty()) {
      return signer.region();
    }
    return ServiceResolver.regionOfHost(request.host(), service.descriptor().name())
        .orElse(Regions.DEFAULT);
  }

  private static boolean isHead(MotoRequest request) {
    return request.method().equals("HEAD");
  }
}
