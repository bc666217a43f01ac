package org.moto4j.iam.internal;

import static java.util.Map.entry;

import java.util.Map;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.iam.internal.accesskey.CreateAccessKey;
import org.moto4j.iam.internal.accesskey.DeleteAccessKey;
import org.moto4j.iam.internal.accesskey.GetAccessKeyLastUsed;
import org.moto4j.iam.internal.accesskey.ListAccessKeys;
import org.moto4j.iam.internal.accesskey.UpdateAccessKey;
import org.moto4j.iam.internal.user.CreateUser;
import org.moto4j.iam.internal.user.DeleteUser;
import org.moto4j.iam.internal.user.GetUser;
import org.moto4j.iam.internal.user.ListUserTags;
import org.moto4j.iam.internal.user.ListUsers;
import org.moto4j.iam.internal.user.TagUser;
import org.moto4j.iam.internal.user.UntagUser;
import org.moto4j.iam.internal.user.UpdateUser;

/**
 * IAM's route table: the implemented actions and the operation answering each. Every other action
 * of the API answers {@code 501 NotImplemented}.
 */
final class IamRoutes {

  private IamRoutes() {}

  static Map<String, QueryAction> table(IamBackends backends) {
    return Map.ofEntries(
        // users
        entry("CreateUser", new CreateUser(backends)),
        entry("GetUser", new GetUser(backends)),
        entry("ListUsers", new ListUsers(backends)),
        entry("UpdateUser", new UpdateUser(backends)),
        entry("DeleteUser", new DeleteUser(backends)),
        entry("TagUser", new TagUser(backends)),
        entry("UntagUser", new UntagUser(backends)),
        entry("ListUserTags", new ListUserTags(backends)),
        // access keys
        entry("CreateAccessKey", new CreateAccessKey(backends)),
        entry("ListAccessKeys", new ListAccessKeys(backends)),
        entry("UpdateAccessKey", new UpdateAccessKey(backends)),
        entry("DeleteAccessKey", new DeleteAccessKey(backends)),
        entry("GetAccessKeyLastUsed", new GetAccessKeyLastUsed(backends)));
  }
}
