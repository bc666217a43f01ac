package org.moto4j.s3.internal.acl;

import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Request;

/** Reads the ACL a PutBucketAcl or PutObjectAcl sets: in headers or in the body, never both. */
final class AclRequests {

  private AclRequests() {}

  /**
   * The ACL the request sets.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code UnexpectedContent} for headers and a body,
   *     {@code MissingSecurityHeader} for neither, and the errors of {@link AclHeaders} and {@link
   *     AclDocuments}
   */
  static AccessControlList read(S3Request request) {
    AccessControlList fromHeaders = AclHeaders.parse(request::header);
    AccessControlList fromBody = AclDocuments.read(request.body());
    if (fromHeaders != null && fromBody != null) {
      throw S3Errors.UNEXPECTED_CONTENT.exception();
    }
    if (fromHeaders == null && fromBody == null) {
      throw S3Errors.MISSING_SECURITY_HEADER.exception().with("MissingHeaderName", "x-amz-acl");
    }
    return fromHeaders != null ? fromHeaders : fromBody;
  }
}
