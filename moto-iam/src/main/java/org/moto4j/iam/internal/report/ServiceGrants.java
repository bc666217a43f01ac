package org.moto4j.iam.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The services a set of policy documents allows actions of: the namespace of every action an {@code
 * Allow} statement names ({@code s3:GetObject} grants {@code s3}); a wildcard action ({@code *},
 * {@code *:*}) grants every service moto4j names here. {@code NotAction} statements are left out,
 * as the services they grant cannot be told without AWS's full service list.
 */
final class ServiceGrants {

  /** The display names AWS gives the services most policies name, by namespace. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("cloudformation", "AWS CloudFormation"),
          Map.entry("cloudwatch", "Amazon CloudWatch"),
          Map.entry("dynamodb", "Amazon DynamoDB"),
          Map.entry("ec2", "Amazon EC2"),
          Map.entry("ecr", "Amazon Elastic Container Registry"),
          Map.entry("iam", "AWS Identity and Access Management"),
          Map.entry("kms", "AWS Key Management Service"),
          Map.entry("lambda", "AWS Lambda"),
          Map.entry("logs", "Amazon CloudWatch Logs"),
          Map.entry("s3", "Amazon S3"),
          Map.entry("secretsmanager", "AWS Secrets Manager"),
          Map.entry("sns", "Amazon SNS"),
          Map.entry("sqs", "Amazon SQS"),
          Map.entry("ssm", "AWS Systems Manager"),
          Map.entry("sts", "AWS Security Token Service"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceGrants() {}

  /** The services {@code documents} grant, by namespace. */
  static List<AccessReports.Service> of(Collection<String> documents) {
    TreeSet<String> namespaces = new TreeSet<>();
    for (String document : documents) {
      collect(document, namespaces);
    }
    Map<String, AccessReports.Service> services = new TreeMap<>();
    for (String namespace : namespaces) {
      services.put(
          namespace,
          new AccessReports.Service(namespace, NAMES.getOrDefault(namespace, namespace)));
    }
    return new ArrayList<>(services.values());
  }

  private static void collect(String document, TreeSet<String> namespaces) {
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (IOException e) {
      return; // stored documents were checked when put; an unreadable one grants nothing
    }
    JsonNode statements = root.path("Statement");
    for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
      if (!"Allow".equals(statement.path("Effect").asText())) {
        continue;
      }
      JsonNode actions = statement.path("Action");
      for (JsonNode action : actions.isArray() ? actions : List.of(actions)) {
        add(action.asText(""), namespaces);
      }
    }
  }

  private static void add(String action, TreeSet<String> namespaces) {
    int colon = action.indexOf(':');
    String namespace = colon < 0 ? action : action.substring(0, colon);
    namespace = namespace.toLowerCase(Locale.ROOT);
    if (namespace.equals("*")) {
      namespaces.addAll(NAMES.keySet());
    } else if (!namespace.isEmpty() && !namespace.contains("*") && !namespace.contains("?")) {
      namespaces.add(namespace);
    }
  }
}
