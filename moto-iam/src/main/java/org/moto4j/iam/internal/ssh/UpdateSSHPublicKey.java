package org.moto4j.iam.internal.ssh;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.CredentialStatus;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateSSHPublicKey}: makes a user's key {@code Active} or {@code Inactive}. */
public final class UpdateSSHPublicKey implements QueryAction {

  private final IamBackends backends;

  public UpdateSSHPublicKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String id = validation.required("SSHPublicKeyId", IamShapes.PUBLIC_KEY_ID);
    String status = validation.required("Status", IamShapes.STATUS);
    validation.check();
    boolean active = CredentialStatus.isActive(status);
    IamBackend iam = backends.of(context);
    iam.sshPublicKeys().setActive(iam.users().get(userName), id, active);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
