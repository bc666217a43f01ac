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

/** {@code UploadSSHPublicKey}: an OpenSSH or PEM public key for a user, active. */
public final class UploadSSHPublicKey implements QueryAction {

  private final IamBackends backends;

  public UploadSSHPublicKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String body = validation.required("SSHPublicKeyBody", IamShapes.PUBLIC_KEY_MATERIAL);
    validation.check();
    IamBackend iam = backends.of(context);
    User user = iam.users().get(userName);
    SshPublicKey key = iam.sshPublicKeys().upload(user, SshPublicKeyMaterial.parse(body));
    SshPublicKeyXml.write(result, user, key, false);
  }
}
