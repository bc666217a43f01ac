package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListInstanceProfileTags}: an instance profile's tags in the order they were added, a page
 * at a time.
 */
public final class ListInstanceProfileTags implements QueryAction {

  private final IamBackends backends;

  public ListInstanceProfileTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    InstanceProfile profile = backends.of(context).instanceProfiles().get(name);
    profile.tags().writePage(result, paging);
  }
}
