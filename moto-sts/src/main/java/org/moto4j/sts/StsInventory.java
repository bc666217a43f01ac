package org.moto4j.sts;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.ResourceInventory;

/**
 * STS's resources for {@code GET /moto-api/data.json}: the temporary credentials it issued, as moto
 * lists them ({@code AssumedRole}, {@code Token}), plus {@code AssumedRoot}; never a secret.
 */
@Singleton
final class StsInventory implements ResourceInventory {

  private final CredentialRegistry credentials;

  @Inject
  StsInventory(CredentialRegistry credentials) {
    this.credentials = credentials;
  }

  @Override
  public String service() {
    return "sts";
  }

  @Override
  public List<ModelInstance> instances() {
    List<ModelInstance> instances = new ArrayList<>();
    for (IssuedCredential credential : credentials.all()) {
      String model =
          switch (credential.kind()) {
            case ASSUMED_ROLE -> "AssumedRole";
            case SESSION, FEDERATED_USER -> "Token";
            case ROOT -> "AssumedRoot";
            case IAM_USER -> null;
          };
      if (model == null) {
        continue;
      }
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("access_key_id", credential.accessKeyId());
      attributes.put("arn", credential.principalArn());
      attributes.put("user_id", credential.userId());
      attributes.put(
          "expiration",
          credential.expiration() == null ? null : credential.expiration().toString());
      instances.add(new ModelInstance(model, credential.account(), attributes));
    }
    return instances;
  }
}
