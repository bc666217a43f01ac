package org.moto4j.s3.internal;

import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;

/**
 * One S3 operation, bound by name in {@link S3Module} to a route of {@link org.moto4j.s3.S3Routes}.
 * Throws {@link org.moto4j.core.protocol.AwsException} for every error AWS would answer.
 */
@FunctionalInterface
public interface S3Operation {

  MotoResponse handle(S3Request request, AccountContext context);
}
