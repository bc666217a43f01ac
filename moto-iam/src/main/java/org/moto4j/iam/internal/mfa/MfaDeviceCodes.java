package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.user.User;

/**
 * The operations that submit two consecutive codes of a user's device: {@code EnableMFADevice}
 * assigns the device to the user (a virtual device's codes computed from its seed), {@code
 * ResyncMFADevice} checks the codes of a device enabled for the user.
 */
public final class MfaDeviceCodes implements QueryAction {

  /** What the request does with the device once it has read the codes. */
  private interface Change {
    void apply(MfaDevices devices, User user, String serialNumber, String code1, String code2);
  }

  private final IamBackends backends;
  private final Change change;

  private MfaDeviceCodes(IamBackends backends, Change change) {
    this.backends = backends;
    this.change = change;
  }

  /** {@code EnableMFADevice}. */
  public static MfaDeviceCodes enable(IamBackends backends) {
    return new MfaDeviceCodes(backends, MfaDevices::enable);
  }

  /** {@code ResyncMFADevice}. */
  public static MfaDeviceCodes resync(IamBackends backends) {
    return new MfaDeviceCodes(backends, MfaDevices::resync);
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    String code1 = validation.required("AuthenticationCode1", IamShapes.AUTHENTICATION_CODE);
    String code2 = validation.required("AuthenticationCode2", IamShapes.AUTHENTICATION_CODE);
    validation.check();
    IamBackend iam = backends.of(context);
    change.apply(iam.mfaDevices(), iam.users().get(userName), serial, code1, code2);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
