package org.moto4j.iam.internal.policy;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/** {@code CreatePolicy}: a managed policy of the account, its document as version {@code v1}. */
public final class CreatePolicy implements QueryAction {

  private final IamBackends backends;

  public CreatePolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("PolicyName", IamShapes.POLICY_NAME);
    String path = validation.optional("Path", IamShapes.POLICY_PATH);
    String document = validation.required("PolicyDocument", IamShapes.POLICY_DOCUMENT);
    String description = validation.optional("Description", IamShapes.POLICY_DESCRIPTION);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags policyTags = Tags.of(tags);
    checkManagedDocument(document);
    IamBackend iam = backends.of(context);
    ManagedPolicy policy =
        iam.policies().create(name, path == null ? "/" : path, document, description, policyTags);
    PolicyXml.write(result, "Policy", policy, PolicyUsage.of(iam), true);
  }

  /**
   * Checks a managed policy's document: its grammar, then its size.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedPolicyDocument} or {@code
   *     LimitExceeded}
   */
  static void checkManagedDocument(String document) {
    PolicyDocuments.checkIdentityPolicy(document);
    if (PolicyDocuments.size(document) > PolicyDocuments.MANAGED_POLICY_MAX_SIZE) {
      throw IamErrors.POLICY_SIZE.exception(PolicyDocuments.MANAGED_POLICY_MAX_SIZE);
    }
  }
}
