package org.moto4j.iam.internal.role;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyArns;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/**
 * {@code CreateRole}: a new role with its trust policy, its name unique in the account whatever its
 * case.
 */
public final class CreateRole implements QueryAction {

  private final IamBackends backends;

  public CreateRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String path = validation.optional("Path", IamShapes.PATH);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    String document = validation.required("AssumeRolePolicyDocument", IamShapes.POLICY_DOCUMENT);
    String description = validation.optional("Description", IamShapes.ROLE_DESCRIPTION);
    Integer maxSession =
        validation.integer("MaxSessionDuration", IamShapes.ROLE_MAX_SESSION_DURATION);
    String boundary = validation.optional("PermissionsBoundary", IamShapes.ARN);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags roleTags = Tags.of(tags);
    if (boundary != null) {
      PolicyArns.check(boundary);
    }
    TrustPolicies.check(document);
    Role role =
        backends
            .of(context)
            .roleChanges()
            .createRole(
                name,
                path == null ? "/" : path,
                document,
                description,
                maxSession == null ? Role.DEFAULT_MAX_SESSION_DURATION : maxSession,
                boundary,
                roleTags);
    RoleXml.write(result, "Role", role, RoleXml.View.CREATED);
  }
}
