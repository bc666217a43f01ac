package org.moto4j.iam.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.moto4j.iam.internal.IamErrors;

/**
 * Which managed policies the users, groups and roles of one account have attached, kept by the
 * holder's unique id (so a rename keeps them) and by policy ARN (for attachment counts and {@code
 * ListEntitiesForPolicy}). Reads are lock-free; changes hold the account's IAM lock, under which
 * the holder and the policy are read again, so nothing is attached to what was just deleted.
 */
public final class Attachments {

  private final Object lock;
  private final Policies policies;

  /** Holder id to the ARNs attached to it, in the order they were attached. */
  private final Map<String, List<String>> byHolder = new ConcurrentHashMap<>();

  /** Policy ARN to the holders it is attached to, by holder id. */
  private final Map<String, Map<String, PolicyHolderKind>> byPolicy = new ConcurrentHashMap<>();

  public Attachments(Policies policies, Object lock) {
    this.policies = policies;
    this.lock = lock;
  }

  /** The ARNs of the managed policies attached to the holder with this id, oldest first. */
  public List<String> attachedTo(String holderId) {
    return byHolder.getOrDefault(holderId, List.of());
  }

  /** The managed policies attached to the holder with this id, oldest first. */
  public List<ManagedPolicy> policiesOf(String holderId) {
    List<ManagedPolicy> attached = new ArrayList<>();
    for (String arn : attachedTo(holderId)) {
      policies.find(arn).ifPresent(attached::add);
    }
    return attached;
  }

  /** The holders (id to kind) a policy is attached to. */
  public Map<String, PolicyHolderKind> holdersOf(String arn) {
    return Map.copyOf(byPolicy.getOrDefault(arn, Map.of()));
  }

  /** How many holders of the account a policy is attached to. */
  public int count(String arn) {
    return byPolicy.getOrDefault(arn, Map.of()).size();
  }

  /**
   * Attaches a policy to a holder; attaching it again changes nothing, as in AWS. Both are read
   * under the lock.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a missing holder or
   *     policy, {@code LimitExceeded} past ten policies
   */
  public void attach(Supplier<PolicyHolder> holder, String arn) {
    synchronized (lock) {
      PolicyHolder current = holder.get();
      ManagedPolicy policy = policies.attachable(arn);
      List<String> attached = attachedTo(current.id());
      if (attached.contains(policy.arn())) {
        return;
      }
      if (attached.size() >= PolicyHolderKind.MAX_ATTACHED) {
        throw IamErrors.POLICIES_PER_ENTITY.exception(
            current.kind().attachedQuota(), PolicyHolderKind.MAX_ATTACHED);
      }
      List<String> more = new ArrayList<>(attached);
      more.add(policy.arn());
      byHolder.put(current.id(), List.copyOf(more));
      byPolicy
          .computeIfAbsent(policy.arn(), a -> new ConcurrentHashMap<>())
          .put(current.id(), current.kind());
    }
  }

  /**
   * Detaches a policy from a holder.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a missing holder, or
   *     when the policy is not attached to it
   */
  public void detach(Supplier<PolicyHolder> holder, String arn) {
    synchronized (lock) {
      PolicyHolder current = holder.get();
      PolicyArns.check(arn);
      List<String> attached = attachedTo(current.id());
      if (!attached.contains(arn)) {
        throw IamErrors.NO_SUCH_POLICY.exception(arn);
      }
      List<String> fewer = new ArrayList<>(attached);
      fewer.remove(arn);
      if (fewer.isEmpty()) {
        byHolder.remove(current.id());
      } else {
        byHolder.put(current.id(), List.copyOf(fewer));
      }
      Map<String, PolicyHolderKind> holders = byPolicy.get(arn);
      if (holders != null) {
        holders.remove(current.id());
        if (holders.isEmpty()) {
          byPolicy.remove(arn);
        }
      }
    }
  }
}
