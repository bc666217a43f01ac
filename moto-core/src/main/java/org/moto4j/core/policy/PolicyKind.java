package org.moto4j.core.policy;

/** Where a policy document is used, which decides the grammar IAM holds it to. */
public enum PolicyKind {
  /** Attached to a user, group or role (managed, inline, boundary, session): no principal. */
  IDENTITY,
  /** Attached to a resource (an S3 bucket policy…): names its principals. */
  RESOURCE,
  /** A role's trust (assume-role) policy: principals and STS actions, no resources. */
  TRUST
}
