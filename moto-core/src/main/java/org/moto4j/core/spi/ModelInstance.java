package org.moto4j.core.spi;

import java.util.Map;
import java.util.Objects;
import org.moto4j.core.AccountId;

/**
 * One resource as {@code GET /moto-api/data.json} shows it: moto's shape, a model name (such as
 * {@code FakeBucket}) and the resource's attributes, always with the account that owns it.
 *
 * @param model the model the resource is listed under, as moto names it where moto has it
 * @param account the account the resource belongs to
 * @param attributes JSON-ready values (strings, numbers, booleans, lists and maps of them)
 */
public record ModelInstance(String model, AccountId account, Map<String, Object> attributes) {

  public ModelInstance {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(attributes, "attributes");
  }
}
