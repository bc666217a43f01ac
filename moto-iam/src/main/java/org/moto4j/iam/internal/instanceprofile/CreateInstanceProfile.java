package org.moto4j.iam.internal.instanceprofile;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/**
 * {@code CreateInstanceProfile}: a new instance profile with no role, its name unique in the
 * account whatever its case.
 */
public final class CreateInstanceProfile implements QueryAction {

  private final IamBackends backends;

  public CreateInstanceProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("InstanceProfileName", IamShapes.INSTANCE_PROFILE_NAME);
    String path = validation.optional("Path", IamShapes.PATH);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags profileTags = Tags.of(tags);
    IamBackend iam = backends.of(context);
    InstanceProfile profile =
        iam.instanceProfiles().create(name, path == null ? "/" : path, profileTags);
    InstanceProfileXml.write(
        result, "InstanceProfile", profile, iam, InstanceProfileXml.View.CREATED);
  }
}
