package org.moto4j.iam.internal.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.access.IamPermissionTable.KeySpec;
import org.moto4j.iam.internal.access.IamPermissionTable.Row;

/**
 * The IAM permissions of an IAM request ({@code iam:<Operation>} on the resource its members name,
 * with {@code iam:PolicyARN}, {@code iam:PermissionsBoundary}, {@code aws:RequestTag/*}, {@code
 * aws:TagKeys} and {@code aws:ResourceTag/*}), as {@link IamPermissionTable} maps them. IAM's
 * resources are always the caller's account's, so no permission names another account.
 */
@Singleton
public final class IamPermissions implements PermissionMapping {

  private final IamBackends backends;
  private final IamPermissionTable table;

  @Inject
  public IamPermissions(IamBackends backends) {
    this.backends = backends;
    this.table = IamPermissionTable.load();
  }

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public List<RequiredPermission> permissionsOf(MotoRequest request, AccountContext context) {
    QueryRequest query = QueryRequest.of(request);
    List<Row> rows = query.action() == null ? List.of() : table.rowsOf(query.action());
    if (rows.isEmpty()) {
      return List.of();
    }
    IamBackend iam = backends.of(context);
    List<RequiredPermission> permissions = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (row.when() != null && !query.has(row.when())) {
        continue;
      }
      Optional<IamResources.Resource> resource =
          IamResources.resolve(row.resource(), query, context, iam);
      if (resource.isEmpty()) {
        // A required member is missing: the operation answers its validation error, changing
        // nothing, as AWS validates a request before authorising it.
        return List.of();
      }
      Map<String, ContextValue> keys = new HashMap<>();
      for (KeySpec key : row.keys()) {
        put(key, query, resource.get(), keys);
      }
      permissions.add(new RequiredPermission(row.action(), resource.get().arn(), null, keys));
    }
    return permissions;
  }

  private static void put(
      KeySpec spec,
      QueryRequest query,
      IamResources.Resource resource,
      Map<String, ContextValue> keys) {
    String key = spec.key();
    switch (spec.source()) {
      case "@boundary" -> {
        if (resource.permissionsBoundary() != null) {
          keys.put(key, ContextValue.string(resource.permissionsBoundary()));
        }
      }
      case "@tags" -> {
        String family = key.substring(0, key.length() - 1);
        resource.tags().forEach((tag, value) -> keys.put(family + tag, ContextValue.string(value)));
      }
      default -> {
        if (!spec.source().endsWith(".member")) {
          query
              .optional(spec.source())
              .ifPresent(value -> keys.put(key, ContextValue.string(value)));
          return;
        }
        List<Map<String, String>> tags = query.structures(spec.source());
        if (key.endsWith("/*")) {
          String family = key.substring(0, key.length() - 1);
          for (Map<String, String> tag : tags) {
            if (tag.get("Key") != null) {
              keys.put(family + tag.get("Key"), ContextValue.string(tag.getOrDefault("Value", "")));
            }
          }
          return;
        }
        List<String> values = new ArrayList<>();
        if (tags.isEmpty()) {
          values.addAll(query.list(spec.source()));
        } else {
          tags.forEach(tag -> values.add(tag.get("Key")));
        }
        if (!values.isEmpty()) {
          keys.put(key, ContextValue.strings(values));
        }
      }
    }
  }

  /** The table it maps with (for tests). */
  IamPermissionTable table() {
    return table;
  }
}
