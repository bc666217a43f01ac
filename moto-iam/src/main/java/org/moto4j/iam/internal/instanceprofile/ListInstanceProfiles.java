package org.moto4j.iam.internal.instanceprofile;

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

/**
 * {@code ListInstanceProfiles}: the account's instance profiles under a path prefix, by name, a
 * page at a time.
 */
public final class ListInstanceProfiles implements QueryAction {

  private final IamBackends backends;

  public ListInstanceProfiles(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.PATH_PREFIX);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    Page<InstanceProfile> page =
        iam.instanceProfiles().list(pathPrefix == null ? "/" : pathPrefix, paging);
    page.writeTo(
        result,
        "InstanceProfiles",
        profile ->
            InstanceProfileXml.write(
                result, "member", profile, iam, InstanceProfileXml.View.LISTED));
  }
}
