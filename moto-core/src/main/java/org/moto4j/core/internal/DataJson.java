package org.moto4j.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.ResourceInventory;

/**
 * {@code GET /moto-api/data.json} in moto's shape: {@code {service: {model: [instance, ...]}}},
 * services and models sorted by name, every instance carrying its {@code account_id} (as moto's
 * models do), optionally for one account only ({@code ?account=111111111111}).
 */
final class DataJson {

  private DataJson() {}

  /**
   * The document for the given inventories.
   *
   * @param account only this account's resources, or {@code null} for every account
   * @throws IllegalArgumentException when {@code account} is not a 12-digit id
   */
  static Map<String, Map<String, List<Map<String, Object>>>> of(
      Collection<ResourceInventory> inventories, String account) {
    AccountId only = null;
    if (account != null) {
      if (!AccountId.isValid(account)) {
        throw new IllegalArgumentException(
            "An AWS account id is exactly 12 digits, got '" + account + "'");
      }
      only = AccountId.of(account);
    }
    Map<String, Map<String, List<Map<String, Object>>>> services = new TreeMap<>();
    for (ResourceInventory inventory : inventories) {
      Map<String, List<Map<String, Object>>> models =
          services.computeIfAbsent(inventory.service(), name -> new TreeMap<>());
      for (ModelInstance instance : inventory.instances()) {
        if (only != null && !only.equals(instance.account())) {
          continue;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("account_id", instance.account().value());
        attributes.putAll(instance.attributes());
        models.computeIfAbsent(instance.model(), name -> new ArrayList<>()).add(attributes);
      }
    }
    return services;
  }
}
