package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListVirtualMFADevices}: the account's virtual devices, assigned, unassigned or any. */
public final class ListVirtualMFADevices implements QueryAction {

  private final IamBackends backends;

  public ListVirtualMFADevices(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String status = validation.optional("AssignmentStatus", IamShapes.ASSIGNMENT_STATUS);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    Page<VirtualMfaDevice> page =
        iam.mfaDevices().listVirtual(status == null ? "Any" : status, paging);
    page.writeTo(result, "VirtualMFADevices", device -> MfaXml.writeListed(result, iam, device));
  }
}
