package org.moto4j.iam.internal.account;

import java.util.UUID;
import org.moto4j.iam.internal.IamErrors;

/**
 * Account-wide IAM settings of one account: the version of the session tokens STS's global endpoint
 * issues, and outbound web identity federation (whether JWTs may be vended, and the account's
 * issuer URL, made once on first enabling and kept).
 */
public final class AccountSettings {

  /** What {@code GetOutboundWebIdentityFederationInfo} answers. */
  public record OutboundFederation(String issuer, boolean enabled) {}

  private volatile String globalEndpointTokenVersion = "v1Token";
  private OutboundFederation outbound;

  /** {@code v1Token} (AWS's default) or {@code v2Token}. */
  public String globalEndpointTokenVersion() {
    return globalEndpointTokenVersion;
  }

  public void globalEndpointTokenVersion(String version) {
    this.globalEndpointTokenVersion = version;
  }

  /**
   * Enables outbound federation and answers the account's issuer URL.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code FeatureEnabled} when it is enabled
   */
  public synchronized String enableOutboundFederation() {
    if (outbound != null && outbound.enabled()) {
      throw IamErrors.OUTBOUND_FEDERATION_ENABLED.exception();
    }
    String issuer =
        outbound != null
            ? outbound.issuer()
            : "https://" + UUID.randomUUID() + ".tokens.sts.global.api.aws";
    outbound = new OutboundFederation(issuer, true);
    return issuer;
  }

  /**
   * Disables outbound federation.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code FeatureDisabled} when it is disabled
   */
  public synchronized void disableOutboundFederation() {
    if (outbound == null || !outbound.enabled()) {
      throw IamErrors.OUTBOUND_FEDERATION_DISABLED.exception();
    }
    outbound = new OutboundFederation(outbound.issuer(), false);
  }

  /**
   * The account's outbound federation.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code FeatureDisabled} when it was never
   *     enabled, so the account has no issuer
   */
  public synchronized OutboundFederation outboundFederation() {
    if (outbound == null) {
      throw IamErrors.OUTBOUND_FEDERATION_DISABLED.exception();
    }
    return outbound;
  }
}
