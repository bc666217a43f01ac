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

/** {@code ListGroupsForUser}: the groups a user belongs to, by name, a page at a time. */
public final class ListGroupsForUser implements QueryAction {

  private final IamBackends backends;

  public ListGroupsForUser(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    User user = iam.users().get(userName);
    NavigableMap<String, Group> groups = new TreeMap<>();
    iam.groups().groupsOf(user.id()).forEach(group -> groups.put(group.key(), group));
    Page<Group> page = paging.page(groups, group -> true);
    page.writeTo(result, "Groups", group -> GroupXml.write(result, "member", group));
  }
}
