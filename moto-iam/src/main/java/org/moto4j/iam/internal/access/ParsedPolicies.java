package org.moto4j.iam.internal.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.policy.MalformedPolicyException;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;

/**
 * Policy documents as access control evaluates them, parsed once per text: every enforced request
 * reads its caller's policies, and IAM keeps them as the JSON they were written in.
 */
final class ParsedPolicies {

  /** Beyond this many distinct documents the cache starts over rather than grow without bound. */
  private static final int MAX_CACHED = 4096;

  private final Map<CacheKey, PolicyDocument> documents = new ConcurrentHashMap<>();

  private record CacheKey(String json, PolicyKind kind) {}

  /**
   * The document {@code json} as a source named {@code id} of IAM type {@code type}, or null when
   * it no longer parses (IAM checked it when it was stored; a grammar change could still refuse it,
   * and a policy that cannot be read allows nothing).
   */
  PolicySource source(String id, String type, String json, PolicyKind kind) {
    PolicyDocument document = document(json, kind);
    return document == null ? null : new PolicySource(id, type, document);
  }

  private PolicyDocument document(String json, PolicyKind kind) {
    CacheKey key = new CacheKey(json, kind);
    PolicyDocument cached = documents.get(key);
    if (cached != null) {
      return cached;
    }
    PolicyDocument parsed;
    try {
      parsed = PolicyDocument.parse(json, kind);
    } catch (MalformedPolicyException e) {
      return null;
    }
    if (documents.size() >= MAX_CACHED) {
      documents.clear();
    }
    documents.put(key, parsed);
    return parsed;
  }
}
