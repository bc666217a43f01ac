package org.moto4j.iam.internal.ssh;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListSSHPublicKeys}: the keys of the named user, or of the caller (none for the root, which
 * cannot have any), oldest first.
 */
public final class ListSSHPublicKeys implements QueryAction {

  private final IamBackends backends;

  public ListSSHPublicKeys(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    KeyOwner owner = Caller.keyOwner(userName, context, iam);
    Page<SshPublicKey> page = paging.page(iam.sshPublicKeys().ownedBy(owner.id()));
    page.writeTo(
        result,
        "SSHPublicKeys",
        key -> SshPublicKeyXml.writeMetadata(result, owner.userName(), key));
  }
}
