package org.moto4j.iam.internal.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moto4j.iam.IamService;

/**
 * How AWS names the service-linked role of a service, read from {@code service-linked-roles.txt}.
 *
 * @param service the service principal, such as {@code elasticbeanstalk.amazonaws.com}
 * @param roleName the role's name, such as {@code AWSServiceRoleForElasticBeanstalk}
 * @param suffixAllowed whether {@code CreateServiceLinkedRole} accepts a {@code CustomSuffix}
 * @param policyArns the AWS managed policies AWS attaches to the role
 */
public record ServiceLinkedRoleName(
    String service, String roleName, boolean suffixAllowed, List<String> policyArns) {

  private static final Map<String, ServiceLinkedRoleName> KNOWN = read();

  /**
   * The naming of {@code service}'s role; a service the file does not list gets {@code
   * AWSServiceRoleFor} and its principal's first label capitalised, and may take a suffix.
   */
  public static ServiceLinkedRoleName of(String service) {
    ServiceLinkedRoleName known = KNOWN.get(service.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    String label = service.split("\\.", 2)[0];
    String suffix =
        label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    return new ServiceLinkedRoleName(service, "AWSServiceRoleFor" + suffix, true, List.of());
  }

  /** The path of the role: {@code /aws-service-role/<service>/}. */
  public String path() {
    return Role.SERVICE_ROLE_PATH + service + "/";
  }

  /** The trust policy AWS gives the role: only the service may assume it. */
  public String trustPolicy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":[\""
        + service
        + "\"]},\"Action\":[\"sts:AssumeRole\"]}]}";
  }

  private static Map<String, ServiceLinkedRoleName> read() {
    Map<String, ServiceLinkedRoleName> names = new HashMap<>();
    try (InputStream in = IamService.class.getResourceAsStream("service-linked-roles.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.trim().split("\\s+");
        List<String> policies = List.of(fields).subList(3, fields.length);
        names.put(
            fields[0],
            new ServiceLinkedRoleName(
                fields[0], fields[1], Boolean.parseBoolean(fields[2]), List.copyOf(policies)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }
}
