package org.moto4j.sts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.QueryRouter;
import org.moto4j.core.spi.ServiceHandler;

/**
 * STS's entry point: refuses requests signed with an expired moto4j-issued credential ({@code
 * ExpiredToken}) and the STS calls AWS forbids to some temporary credentials, then routes by {@code
 * Action}.
 */
@Singleton
final class StsHandler implements ServiceHandler {

  /** The operations AWS serves without credentials, so a stale signature does not matter. */
  private static final Set<String> UNSIGNED =
      Set.of("AssumeRoleWithWebIdentity", "AssumeRoleWithSAML");

  /**
   * The only STS operations some temporary credentials may call, as AWS documents: GetSessionToken
   * credentials "cannot call any STS API except AssumeRole or GetCallerIdentity",
   * GetFederationToken credentials "any STS operations except GetCallerIdentity".
   */
  private static final Map<IssuedCredential.Kind, Set<String>> ONLY_ALLOWED =
      Map.of(
          IssuedCredential.Kind.SESSION, Set.of("AssumeRole", "GetCallerIdentity"),
          IssuedCredential.Kind.FEDERATED_USER, Set.of("GetCallerIdentity"));

  private final QueryRouter router;
  private final Clock clock;

  @Inject
  StsHandler(QueryRouter router, Clock clock) {
    this.router = router;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(MotoRequest request, AccountContext context) {
    IssuedCredential credential = context.credential();
    String action = QueryRequest.of(request).action();
    if (credential != null && action != null && !UNSIGNED.contains(action)) {
      if (credential.isExpiredAt(clock.instant())) {
        throw StsErrors.EXPIRED_TOKEN.exception();
      }
      Set<String> allowed = ONLY_ALLOWED.get(credential.kind());
      if (allowed != null && StsService.OPERATIONS.contains(action) && !allowed.contains(action)) {
        throw StsErrors.SESSION_CREDENTIALS_DENIED.exception(action);
      }
    }
    return router.handle(request, context);
  }
}
