package org.moto4j.core.policy;

import java.util.List;

/**
 * One statement of a policy document.
 *
 * @param sid the statement id, or null
 * @param principal {@code Principal}, {@link Principals#ABSENT} when not written
 * @param notPrincipal {@code NotPrincipal}, {@link Principals#ABSENT} when not written
 * @param actions {@code Action} or {@code NotAction}
 * @param resources {@code Resource} or {@code NotResource} ({@link ElementValues#ABSENT} in trust
 *     policies)
 * @param conditions every (operator, key) pair of the {@code Condition} block, in order
 * @param range where the statement's braces sit in the document
 */
public record Statement(
    String sid,
    Effect effect,
    Principals principal,
    Principals notPrincipal,
    ElementValues actions,
    ElementValues resources,
    List<Condition> conditions,
    SourceRange range) {

  public Statement {
    conditions = List.copyOf(conditions);
  }
}
