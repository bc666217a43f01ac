package org.moto4j.s3.internal.config;

import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.XmlBodies;

/** Reads the configuration document a Put carries, as S3 reads it. */
public final class ConfigurationBodies {

  private ConfigurationBodies() {}

  /**
   * The document, whose root must be {@code rootName}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MissingRequestBodyError} for an empty
   *     body, {@code MalformedXML} for anything that is not that document, {@code
   *     XAmzContentSHA256Mismatch} for a body that is not the one the request states
   */
  public static XmlNode read(S3Request request, String rootName) {
    return XmlBodies.read(request, rootName)
        .map(XmlNode::of)
        .orElseThrow(() -> S3Errors.MISSING_REQUEST_BODY.exception());
  }
}
