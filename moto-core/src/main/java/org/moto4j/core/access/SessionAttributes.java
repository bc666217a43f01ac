package org.moto4j.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an STS session was issued with, beyond its keys: the session policies that narrow it, its
 * session tags and source identity, and who asked for it.
 *
 * @param policy the inline session policy ({@code Policy}), or null
 * @param policyArns the managed session policies ({@code PolicyArns})
 * @param tags the session tags, for {@code aws:PrincipalTag/*}
 * @param sourceIdentity the {@code SourceIdentity}, or null
 * @param issuedAt when the session was issued ({@code aws:TokenIssueTime})
 * @param issuerArn the ARN of the caller that asked for it (GetFederationToken's and
 *     GetSessionToken's user, whose identity policies the session keeps), or null
 * @param multiFactor whether the caller proved MFA ({@code SerialNumber} and {@code TokenCode})
 */
public record SessionAttributes(
    String policy,
    List<String> policyArns,
    Map<String, String> tags,
    String sourceIdentity,
    Instant issuedAt,
    String issuerArn,
    boolean multiFactor) {

  public SessionAttributes {
    policyArns = List.copyOf(policyArns);
    tags = Map.copyOf(tags);
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /** Whether the session carries session policies, which then must allow too. */
  public boolean hasSessionPolicies() {
    return policy != null || !policyArns.isEmpty();
  }
}
