package org.moto4j.iam.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListPoliciesGrantingServiceAccess}: for each service asked about, the managed and inline
 * policies of a user (and of its groups), group or role that allow some action of the service.
 */
public final class ListPoliciesGrantingServiceAccess implements QueryAction {

  private static final Pattern ENTITY_ARN =
      Pattern.compile("arn:[a-z][a-z0-9-]*:iam::\\d{12}:(user|group|role)(/.*/|/)([^/]+)");

  private final IamBackends backends;

  public ListPoliciesGrantingServiceAccess(IamBackends backends) {
    this.backends = backends;
  }

  /** One policy granting access, as the model's {@code PolicyGrantingServiceAccess}. */
  private record Grant(
      String policyName, String policyType, String policyArn, String entityType, String entity) {}

  /** One service's answer, as the model's {@code ListPoliciesGrantingServiceAccessEntry}. */
  private record Entry(String namespace, List<Grant> grants) {}

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("Arn", IamShapes.ARN);
    List<String> namespaces =
        validation.strings(
            "ServiceNamespaces",
            IamShapes.SERVICE_NAMESPACE_LIST,
            IamShapes.SERVICE_NAMESPACE,
            true);
    String marker = validation.optional("Marker", IamShapes.MARKER);
    validation.check();
    IamBackend iam = backends.of(context);
    List<PolicyHolder> holders = holders(iam, arn);
    List<Entry> entries = new ArrayList<>();
    for (String namespace : namespaces) {
      entries.add(new Entry(namespace, grants(iam, holders, namespace)));
    }
    Page<Entry> page = new Paging(marker, Paging.DEFAULT_MAX_ITEMS).page(entries);
    result.start("PoliciesGrantingServiceAccess");
    for (Entry entry : page.items()) {
      result.start("member").element("ServiceNamespace", entry.namespace()).start("Policies");
      for (Grant grant : entry.grants()) {
        result
            .start("member")
            .element("PolicyName", grant.policyName())
            .element("PolicyType", grant.policyType())
            .optional("PolicyArn", grant.policyArn())
            .optional("EntityType", grant.entityType())
            .optional("EntityName", grant.entity())
            .end();
      }
      result.end().end();
    }
    result.end();
    page.writeTruncation(result);
  }

  /**
   * The entity {@code arn} names and, for a user, its groups, whose policies apply to it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for an ARN of no user, group
   *     or role of the account, {@code NoSuchEntity} for one that does not exist
   */
  private static List<PolicyHolder> holders(IamBackend iam, String arn) {
    Matcher matcher = ENTITY_ARN.matcher(arn);
    if (!matcher.matches() || !arn.split(":")[4].equals(iam.account().value())) {
      throw IamErrors.INVALID_ENTITY_ARN.exception(arn);
    }
    PolicyHolderKind kind = PolicyHolderKind.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
    PolicyHolder holder = kind.get(iam, matcher.group(3));
    if (!holder.arn().equals(arn)) {
      // The name exists, under another path: the entity the ARN names does not.
      throw kind.noSuch(matcher.group(3));
    }
    List<PolicyHolder> holders = new ArrayList<>();
    holders.add(holder);
    if (kind == PolicyHolderKind.USER) {
      for (Group group : iam.groups().groupsOf(holder.id())) {
        holders.add(PolicyHolderKind.of(group));
      }
    }
    return holders;
  }

  private static List<Grant> grants(IamBackend iam, List<PolicyHolder> holders, String namespace) {
    List<Grant> grants = new ArrayList<>();
    for (PolicyHolder holder : holders) {
      for (ManagedPolicy policy : iam.attachments().policiesOf(holder.id())) {
        if (ServiceGrants.grants(policy.defaultVersion().document(), namespace)
            && grants.stream().noneMatch(g -> policy.arn().equals(g.policyArn()))) {
          grants.add(new Grant(policy.name(), "MANAGED", policy.arn(), null, null));
        }
      }
      for (InlinePolicy policy : iam.inlinePolicies().of(holder.id())) {
        if (ServiceGrants.grants(policy.document(), namespace)) {
          grants.add(
              new Grant(policy.name(), "INLINE", null, holder.kind().entityType(), holder.name()));
        }
      }
    }
    return grants;
  }
}
