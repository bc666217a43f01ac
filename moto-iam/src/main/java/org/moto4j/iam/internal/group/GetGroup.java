package org.moto4j.iam.internal.group;

import java.util.NavigableMap;
import java.util.TreeMap;
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
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.UserXml;

/** {@code GetGroup}: a group and its users, by name, a page at a time. */
public final class GetGroup implements QueryAction {

  private final IamBackends backends;

  public GetGroup(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("GroupName", IamShapes.GROUP_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    Group group = iam.groups().get(name);
    // Keyed by name, so that a marker stays valid while users join or leave.
    NavigableMap<String, User> members = new TreeMap<>();
    for (String userId : iam.groups().memberIds(group.id())) {
      iam.users().findById(userId).ifPresent(user -> members.put(user.key(), user));
    }
    Page<User> page = paging.page(members, user -> true);
    GroupXml.write(result, "Group", group);
    page.writeTo(result, "Users", user -> UserXml.write(result, "member", user, false));
  }
}
