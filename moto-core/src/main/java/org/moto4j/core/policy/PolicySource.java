package org.moto4j.core.policy;

/**
 * A policy document with where it comes from, as IAM's simulator names it.
 *
 * @param id the source policy id ({@code PolicyInputList.1}, a policy name or ARN)
 * @param type IAM's {@code PolicySourceType}: user, group, role, aws-managed, user-managed,
 *     resource, none
 */
public record PolicySource(String id, String type, PolicyDocument document) {}
