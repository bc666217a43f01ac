package org.moto4j.core.spi;

import java.util.Optional;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.access.ResourcePolicy;

/**
 * Where access control finds the resource-based policies of a resource: S3 for buckets and objects
 * (bucket policy, ACL grants, with PublicAccessBlock applied), IAM for roles (trust policies).
 */
public interface ResourcePolicies {

  /**
   * The owner and policies of the resource {@code permission} names; empty when this source does
   * not hold that resource (another service's ARN, or a resource that does not exist).
   */
  Optional<ResourcePolicy> policiesOf(RequiredPermission permission);
}
