package org.moto4j.iam.internal.instanceprofile;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code UntagInstanceProfile}: removes tags by key (any case); keys the profile lacks are ignored.
 */
public final class UntagInstanceProfile implements QueryAction {

  private final IamBackends backends;

  public UntagInstanceProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    List<String> keys =
        validation.strings("TagKeys", IamShapes.TAG_KEY_LIST, IamShapes.TAG_KEY, true);
    validation.check();
    backends.of(context).instanceProfiles().untag(name, keys);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
