package org.moto4j.iam.internal.servicecredential;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListServiceSpecificCredentials}: the credentials of the named user (or the caller), or of
 * every user with {@code AllUsers}, optionally of one service only; never their secrets.
 */
public final class ListServiceSpecificCredentials implements QueryAction {

  private final IamBackends backends;

  public ListServiceSpecificCredentials(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    String serviceName = validation.optional("ServiceName", IamShapes.SERVICE_NAME);
    Boolean allUsers = BooleanMember.read(request, validation, "AllUsers");
    Paging paging = Paging.read(validation);
    validation.check();
    if (serviceName != null) {
      ServiceSpecificCredentials.checkSupported(serviceName);
    }
    IamBackend iam = backends.of(context);
    List<ServiceSpecificCredential> credentials =
        allUsers != null && allUsers && userName == null
            ? iam.serviceSpecificCredentials().all()
            : iam.serviceSpecificCredentials().ownedBy(Caller.user(userName, context, iam).id());
    Page<ServiceSpecificCredential> page =
        paging.page(
            credentials.stream()
                .filter(c -> serviceName == null || c.serviceName().equals(serviceName))
                .toList());
    page.writeTo(
        result,
        "ServiceSpecificCredentials",
        credential ->
            ServiceSpecificCredentialXml.writeMetadata(
                result, iam.userName(credential.userId()).orElse(null), credential));
  }
}
