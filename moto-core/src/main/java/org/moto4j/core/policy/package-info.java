/**
 * IAM's policy language: {@link org.moto4j.core.policy.PolicyDocument#parse} reads and validates a
 * document as IAM does (answering IAM's {@code MalformedPolicyDocument} messages through {@link
 * org.moto4j.core.policy.MalformedPolicyException}), and {@link
 * org.moto4j.core.policy.PolicyEvaluator} decides a request against the policies that apply to it
 * with AWS's evaluation logic (identity, resource, permissions boundary and session policies).
 *
 * <pre>{@code
 * PolicyDocument policy = PolicyDocument.parse(json, PolicyKind.IDENTITY);
 * Evaluation result =
 *     PolicyEvaluator.evaluate(
 *         AuthorizationRequest.builder(RequestPrincipal.user(userArn, account))
 *             .action("s3:GetObject")
 *             .resource("arn:aws:s3:::bucket/key")
 *             .build(),
 *         ApplicablePolicies.identity(List.of(new PolicySource("p", "user-managed", policy))));
 * }</pre>
 */
package org.moto4j.core.policy;
