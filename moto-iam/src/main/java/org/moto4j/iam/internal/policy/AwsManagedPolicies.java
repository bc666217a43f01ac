package org.moto4j.iam.internal.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The policies AWS manages ({@code arn:aws:iam::aws:policy/...}), which every account sees: read
 * once from {@code aws-managed-policies.json} (their real documents, default versions and dates, as
 * moto keeps them) and shared, immutable, by every account of a partition.
 */
public final class AwsManagedPolicies {

  /** The owner AWS writes in the ARN of its managed policies, where an account id would be. */
  public static final String OWNER = "aws";

  private static final String RESOURCE = "/org/moto4j/iam/aws-managed-policies.json";
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final Map<String, List<ManagedPolicy>> BY_PARTITION = new ConcurrentHashMap<>();

  private AwsManagedPolicies() {}

  /** AWS's managed policies as they are in {@code partition}. */
  public static List<ManagedPolicy> in(String partition) {
    return BY_PARTITION.computeIfAbsent(partition, AwsManagedPolicies::load);
  }

  private static List<ManagedPolicy> load(String partition) {
    ObjectMapper json = new ObjectMapper();
    JsonNode all;
    try (InputStream in = AwsManagedPolicies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      all = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ManagedPolicy> policies = new ArrayList<>(all.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode data = entry.getValue();
      String path = data.get("Path").asText();
      String versionId = data.get("DefaultVersionId").asText();
      PolicyVersion version =
          new PolicyVersion(
              versionId,
              data.get("Document").toString(),
              OffsetDateTime.parse(data.get("UpdateDate").asText()).toInstant());
      policies.add(
          new ManagedPolicy(
              name,
              path,
              id(name),
              ManagedPolicy.arn(partition, OWNER, path, name),
              null,
              OffsetDateTime.parse(data.get("CreateDate").asText()).toInstant(),
              versionId,
              List.of(version),
              Integer.parseInt(versionId.substring(1)) + 1,
              Tags.NONE,
              true));
    }
    return List.copyOf(policies);
  }

  /**
   * A policy id in AWS's form ({@code ANPA} and 17 base-32 characters), derived from the name so
   * that it is the same in every account and across resets, as AWS's own ids are.
   */
  static String id(String name) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder id = new StringBuilder("ANPA");
    for (int i = 0; i < 17; i++) {
      id.append(BASE32[(digest[i] & 0xFF) % 32]);
    }
    return id.toString();
  }
}
