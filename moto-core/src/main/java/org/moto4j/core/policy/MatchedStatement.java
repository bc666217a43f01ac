package org.moto4j.core.policy;

/** A statement that took part in a decision, with the policy it belongs to. */
public record MatchedStatement(PolicySource source, Statement statement) {}
