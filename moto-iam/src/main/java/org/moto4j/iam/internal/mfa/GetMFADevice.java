package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetMFADevice}: an enabled device, and the user it is enabled for. */
public final class GetMFADevice implements QueryAction {

  private final IamBackends backends;

  public GetMFADevice(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    MfaDevice device =
        userName == null
            ? iam.mfaDevices()
                .enabled(serial)
                .orElseThrow(() -> IamErrors.NO_SUCH_MFA_DEVICE.exception(serial))
            : iam.mfaDevices().enabledFor(iam.users().get(userName), serial);
    MfaXml.writeEnabled(result, iam, device);
  }
}
