package org.moto4j.sts;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code GetSessionToken}: temporary credentials for the caller's own identity. Callable with
 * long-term credentials only; the account root's sessions last at most an hour, as on AWS.
 */
final class GetSessionToken implements QueryAction {

  static final int DEFAULT_DURATION_SECONDS = 43200;

  /** AWS silently shortens the root user's sessions to this. */
  static final int ROOT_MAX_SECONDS = 3600;

  private final TemporaryCredentials credentials;

  @Inject
  GetSessionToken(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    Integer duration = input.integer("DurationSeconds", StsShapes.SESSION_DURATION);
    String serialNumber = input.optional("SerialNumber", StsShapes.SERIAL_NUMBER);
    String tokenCode = input.optional("TokenCode", StsShapes.TOKEN_CODE);
    input.check();
    LongTermCaller caller = LongTermCaller.of(context, "GetSessionToken");

    long seconds = duration != null ? duration : DEFAULT_DURATION_SECONDS;
    if (caller.isRoot()) {
      seconds = Math.min(seconds, ROOT_MAX_SECONDS);
    }
    IssuedCredential credential =
        credentials.issue(
            context.account(),
            caller.principalArn(),
            caller.userId(),
            IssuedCredential.Kind.SESSION,
            seconds);
    credentials.describe(
        credential,
        null,
        List.of(),
        List.of(),
        null,
        caller.principalArn(),
        serialNumber != null && tokenCode != null);
    TemporaryCredentials.write(result, credential);
  }
}
