package org.moto4j.iam.internal.inline;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.policy.PolicyDocuments;
import org.moto4j.iam.internal.policy.PolicyHolder;

/**
 * The inline policies of the users, groups and roles of one account, kept by the holder's unique id
 * (so a rename keeps them), by name within a holder. Reads are lock-free; changes hold the
 * account's IAM lock, under which the holder is read again.
 */
public final class InlinePolicies {

  private final Object lock;
  private final Map<String, NavigableMap<String, InlinePolicy>> byHolder =
      new ConcurrentHashMap<>();

  public InlinePolicies(Object lock) {
    this.lock = lock;
  }

  /** The inline policies of the holder with this id, by name. */
  public List<InlinePolicy> of(String holderId) {
    NavigableMap<String, InlinePolicy> policies = byHolder.get(holderId);
    return policies == null ? List.of() : List.copyOf(policies.values());
  }

  /** The inline policy {@code name} of the holder with this id. */
  public Optional<InlinePolicy> find(String holderId, String name) {
    NavigableMap<String, InlinePolicy> policies = byHolder.get(holderId);
    return policies == null ? Optional.empty() : Optional.ofNullable(policies.get(name));
  }

  /**
   * The inline policy {@code name} of a holder.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it has none of that
   *     name
   */
  public InlinePolicy get(PolicyHolder holder, String name) {
    return find(holder.id(), name)
        .orElseThrow(() -> IamErrors.NO_SUCH_INLINE_POLICY.exception(holder.kind().word(), name));
  }

  /**
   * Adds or replaces an inline policy of a holder, read under the lock.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a missing holder, {@code
   *     LimitExceeded} when the holder's inline policies together pass its size quota
   */
  public void put(Supplier<PolicyHolder> holder, String name, String document) {
    synchronized (lock) {
      PolicyHolder current = holder.get();
      int size = PolicyDocuments.size(document);
      for (InlinePolicy other : of(current.id())) {
        if (!other.name().equals(name)) {
          size += PolicyDocuments.size(other.document());
        }
      }
      int quota = current.kind().inlineSizeQuota();
      if (size > quota) {
        throw IamErrors.INLINE_POLICY_SIZE.exception(quota, current.kind().word(), current.name());
      }
      byHolder
          .computeIfAbsent(current.id(), id -> new ConcurrentSkipListMap<>())
          .put(name, new InlinePolicy(name, document));
    }
  }

  /**
   * Deletes an inline policy of a holder, read under the lock.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a missing holder or
   *     policy
   */
  public void delete(Supplier<PolicyHolder> holder, String name) {
    synchronized (lock) {
      PolicyHolder current = holder.get();
      get(current, name);
      NavigableMap<String, InlinePolicy> policies = byHolder.get(current.id());
      policies.remove(name);
      if (policies.isEmpty()) {
        byHolder.remove(current.id());
      }
    }
  }
}
