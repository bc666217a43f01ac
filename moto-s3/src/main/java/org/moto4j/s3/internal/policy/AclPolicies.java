package org.moto4j.s3.internal.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moto4j.core.AccountId;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Permission;
import org.moto4j.s3.CanonicalIds;

/**
 * ACL grants restated as the resource policy they amount to (AWS's "Mapping of ACL permissions and
 * access policy permissions"): one Allow statement per grant, for the grantee's account (its
 * canonical id), everyone ({@code AllUsers}), every signed caller ({@code AuthenticatedUsers}: a
 * condition that the caller has an account) or S3 log delivery.
 */
public final class AclPolicies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AclPolicies() {}

  /**
   * The policy of a bucket's grants, empty when there are none.
   *
   * @param bucketArn such as {@code arn:aws:s3:::bucket}
   */
  public static Optional<PolicyDocument> ofBucket(List<Grant> grants, String bucketArn) {
    List<ObjectNode> statements = new ArrayList<>();
    for (Grant grant : grants) {
      if (grant.grantee().type() == AccessControlList.GranteeType.AmazonCustomerByEmail) {
        continue; // never stored: moto4j resolves no e-mail address
      }
      Set<String> actions = new LinkedHashSet<>();
      Set<String> resources = new LinkedHashSet<>();
      Permission permission = grant.permission();
      boolean full = permission == Permission.FULL_CONTROL;
      if (full || permission == Permission.READ) {
        actions.addAll(
            List.of("s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"));
        resources.add(bucketArn);
      }
      if (full || permission == Permission.WRITE) {
        actions.addAll(List.of("s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion"));
        resources.add(bucketArn + "/*");
      }
      if (full || permission == Permission.READ_ACP) {
        actions.add("s3:GetBucketAcl");
        resources.add(bucketArn);
      }
      if (full || permission == Permission.WRITE_ACP) {
        actions.add("s3:PutBucketAcl");
        resources.add(bucketArn);
      }
      statements.add(statement("BucketAcl" + (statements.size() + 1), grant, actions, resources));
    }
    return document(statements);
  }

  /**
   * The policy of an object's grants, empty when there are none.
   *
   * @param objectArn such as {@code arn:aws:s3:::bucket/key}
   */
  public static Optional<PolicyDocument> ofObject(List<Grant> grants, String objectArn) {
    List<ObjectNode> statements = new ArrayList<>();
    for (Grant grant : grants) {
      if (grant.grantee().type() == AccessControlList.GranteeType.AmazonCustomerByEmail) {
        continue; // never stored: moto4j resolves no e-mail address
      }
      Set<String> actions = new LinkedHashSet<>();
      Permission permission = grant.permission();
      boolean full = permission == Permission.FULL_CONTROL;
      if (full || permission == Permission.READ) {
        actions.addAll(List.of("s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTorrent"));
      }
      if (full || permission == Permission.READ_ACP) {
        actions.addAll(List.of("s3:GetObjectAcl", "s3:GetObjectVersionAcl"));
      }
      if (full || permission == Permission.WRITE_ACP) {
        actions.addAll(List.of("s3:PutObjectAcl", "s3:PutObjectVersionAcl"));
      }
      if (!actions.isEmpty()) {
        statements.add(
            statement("ObjectAcl" + (statements.size() + 1), grant, actions, Set.of(objectArn)));
      }
    }
    return document(statements);
  }

  private static ObjectNode statement(
      String sid, Grant grant, Set<String> actions, Set<String> resources) {
    ObjectNode statement = JSON.createObjectNode();
    statement.put("Sid", sid);
    statement.put("Effect", "Allow");
    AccessControlList.Grantee grantee = grant.grantee();
    switch (grantee.type()) {
      case Group -> {
        if (grantee.value().equals(AccessControlList.LOG_DELIVERY)) {
          statement.putObject("Principal").put("Service", "logging.s3.amazonaws.com");
        } else {
          statement.put("Principal", "*");
          if (grantee.value().equals(AccessControlList.AUTHENTICATED_USERS)) {
            // Any signed caller: anonymous requests carry no principal account.
            statement.putObject("Condition").putObject("Null").put("aws:PrincipalAccount", "false");
          }
        }
      }
      case CanonicalUser -> {
        Optional<AccountId> account = CanonicalIds.accountOf(grantee.value());
        if (account.isPresent()) {
          statement.putObject("Principal").put("AWS", account.get().value());
        } else {
          statement.putObject("Principal").put("CanonicalUser", grantee.value());
        }
      }
      case AmazonCustomerByEmail -> throw new IllegalArgumentException("e-mail grantee");
    }
    ArrayNode actionList = statement.putArray("Action");
    actions.forEach(actionList::add);
    ArrayNode resourceList = statement.putArray("Resource");
    resources.forEach(resourceList::add);
    return statement;
  }

  private static Optional<PolicyDocument> document(List<ObjectNode> statements) {
    if (statements.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("Version", PolicyDocument.VERSION_2012);
    ArrayNode list = root.putArray("Statement");
    statements.forEach(list::add);
    return Optional.of(PolicyDocument.parse(root.toString(), PolicyKind.RESOURCE));
  }
}
