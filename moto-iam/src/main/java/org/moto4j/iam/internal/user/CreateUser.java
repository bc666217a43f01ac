package org.moto4j.iam.internal.user;

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

/** {@code CreateUser}: a new user, its name unique in the account whatever its case. */
public final class CreateUser implements QueryAction {

  private final IamBackends backends;

  public CreateUser(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String path = validation.optional("Path", IamShapes.PATH);
    String name = validation.required("UserName", IamShapes.USER_NAME);
    String boundary = validation.optional("PermissionsBoundary", IamShapes.ARN);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags userTags = Tags.of(tags);
    if (boundary != null) {
      PolicyArns.check(boundary);
    }
    User user =
        backends.of(context).users().create(name, path == null ? "/" : path, boundary, userTags);
    UserXml.write(result, "User", user, true);
  }
}
