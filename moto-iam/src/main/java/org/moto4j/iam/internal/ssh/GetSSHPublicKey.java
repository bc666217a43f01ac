package org.moto4j.iam.internal.ssh;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.user.User;

/** {@code GetSSHPublicKey}: a user's key in {@code SSH} (OpenSSH) or {@code PEM} encoding. */
public final class GetSSHPublicKey implements QueryAction {

  private final IamBackends backends;

  public GetSSHPublicKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String id = validation.required("SSHPublicKeyId", IamShapes.PUBLIC_KEY_ID);
    String encoding = validation.required("Encoding", IamShapes.ENCODING);
    validation.check();
    IamBackend iam = backends.of(context);
    User user = iam.users().get(userName);
    SshPublicKeyXml.write(result, user, iam.sshPublicKeys().get(user, id), encoding.equals("PEM"));
  }
}
