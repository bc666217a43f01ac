package org.moto4j.iam.internal.policy;

import java.util.function.Supplier;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code AttachUserPolicy}, {@code AttachGroupPolicy}, {@code AttachRolePolicy}: attaches a managed
 * policy, the account's or AWS's, to a holder of ten at most; {@code DetachUserPolicy}, {@code
 * DetachGroupPolicy}, {@code DetachRolePolicy}: detaches a managed policy the holder has attached.
 */
public final class PolicyAttachment implements QueryAction {

  /** What the request does to the holder's attachments. */
  private interface Change {
    void apply(Attachments attachments, Supplier<PolicyHolder> holder, String arn);
  }

  private final IamBackends backends;
  private final PolicyHolderKind kind;
  private final Change change;

  private PolicyAttachment(IamBackends backends, PolicyHolderKind kind, Change change) {
    this.backends = backends;
    this.kind = kind;
    this.change = change;
  }

  /** {@code Attach<Kind>Policy}. */
  public static PolicyAttachment attach(IamBackends backends, PolicyHolderKind kind) {
    return new PolicyAttachment(backends, kind, Attachments::attach);
  }

  /** {@code Detach<Kind>Policy}. */
  public static PolicyAttachment detach(IamBackends backends, PolicyHolderKind kind) {
    return new PolicyAttachment(backends, kind, Attachments::detach);
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required(kind.member(), kind.nameShape(false));
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    validation.check();
    IamBackend iam = backends.of(context);
    change.apply(iam.attachments(), () -> kind.modifiable(iam, name), arn);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
