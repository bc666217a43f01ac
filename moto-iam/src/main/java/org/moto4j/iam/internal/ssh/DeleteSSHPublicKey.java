package org.moto4j.iam.internal.ssh;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteSSHPublicKey}: removes a user's key. */
public final class DeleteSSHPublicKey implements QueryAction {

  private final IamBackends backends;

  public DeleteSSHPublicKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String id = validation.required("SSHPublicKeyId", IamShapes.PUBLIC_KEY_ID);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.sshPublicKeys().delete(iam.users().get(userName), id);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
