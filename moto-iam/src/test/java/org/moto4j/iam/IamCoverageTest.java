package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Renders the README's IAM coverage table from the model: every operation of {@code
 * aws-models/iam/service-2.json} is called on a server with no parameters, which tells an answered
 * operation (a result or a validation error) from one that answers {@code 501 NotImplemented}.
 * Operations that cannot be meaningful locally are answered with AWS's error and listed with the
 * reason. The test fails, printing the expected block, when the README's block differs, so the
 * table never drifts from the code.
 */
class IamCoverageTest extends IamWireTestBase {

  private static final String START = "<!-- iam-coverage:start -->";
  private static final String END = "<!-- iam-coverage:end -->";

  /** Why an operation answers only an error in moto4j, as AWS answers such an account. */
  static final Map<String, String> REASONS = reasons();

  private static Map<String, String> reasons() {
    String standalone =
        "answers `OrganizationNotFoundException`: every moto4j account is standalone, outside"
            + " any AWS Organizations organization";
    String partners =
        "answers `NoSuchEntity`: delegation requests come only from partners AWS has onboarded,"
            + " and moto4j onboards none, so none exists";
    Map<String, String> reasons = new TreeMap<>();
    for (String operation :
        List.of(
            "ListOrganizationsFeatures",
            "EnableOrganizationsRootCredentialsManagement",
            "DisableOrganizationsRootCredentialsManagement",
            "EnableOrganizationsRootSessions",
            "DisableOrganizationsRootSessions",
            "GenerateOrganizationsAccessReport")) {
      reasons.put(operation, standalone);
    }
    reasons.put(
        "GetOrganizationsAccessReport",
        "answers `NoSuchEntity`: no organizations access report can be generated in a"
            + " standalone account");
    reasons.put(
        "CreateDelegationRequest",
        "answers `InvalidInput`: the API is not available for general use, only to onboarded"
            + " partners");
    for (String operation :
        List.of(
            "GetDelegationRequest",
            "AcceptDelegationRequest",
            "AssociateDelegationRequest",
            "RejectDelegationRequest",
            "UpdateDelegationRequest",
            "SendDelegationToken")) {
      reasons.put(operation, partners);
    }
    reasons.put("ListDelegationRequests", "answers an empty list, for the same reason");
    reasons.put(
        "GetHumanReadableSummary",
        "answers `NOT_SUPPORTED` (AWS summarises only delegation requests, with a language model)"
            + " or `NoSuchEntity` for a delegation request");
    return reasons;
  }

  @Test
  void the_readme_table_is_what_the_server_answers() throws Exception {
    Map<String, Integer> statuses = new TreeMap<>();
    for (String operation : operations()) {
      statuses.put(operation, status(operation));
    }
    String expected = render(statuses);

    Path readme = Path.of(System.getProperty("moto.root"), "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String actual =
        start >= 0 && end > start
            ? text.substring(start + START.length(), end)
            : "README.md has no " + START + " … " + END + " block";
    assertThat(actual)
        .withFailMessage(
            "README.md's block between %s and %s must be exactly:%n%s%s%s",
            START, END, START, expected, END)
        .isEqualTo(expected);
  }

  @Test
  void operations_with_a_reason_are_answered_not_left_unimplemented() throws Exception {
    for (String operation : REASONS.keySet()) {
      assertThat(status(operation)).as(operation).isNotEqualTo(501);
    }
    assertThat(operations()).containsAll(REASONS.keySet());
  }

  /** The block between the markers: a summary line and one row per operation. */
  static String render(Map<String, Integer> statuses) {
    List<String> rows = new ArrayList<>();
    int served = 0;
    int withReason = 0;
    for (Map.Entry<String, Integer> entry : statuses.entrySet()) {
      String operation = entry.getKey();
      String status;
      if (entry.getValue() == 501) {
        status = "not implemented (`501 NotImplemented`)";
      } else if (REASONS.containsKey(operation)) {
        status = REASONS.get(operation);
        withReason++;
      } else {
        status = "served";
        served++;
      }
      rows.add("| `" + operation + "` | " + status + " |");
    }
    StringBuilder block = new StringBuilder();
    block
        .append("\n")
        .append(served)
        .append(" of ")
        .append(statuses.size())
        .append(" IAM operations are served; ")
        .append(withReason)
        .append(" answer as AWS answers an account they cannot apply to (reason given); ")
        .append(statuses.size() - served - withReason)
        .append(" are not implemented yet. Generated by `IamCoverageTest` from")
        .append(" `aws-models/iam/service-2.json`.\n\n")
        .append("| operation | status |\n|---|---|\n");
    rows.forEach(row -> block.append(row).append('\n'));
    return block.toString();
  }

  private static TreeSet<String> operations() throws IOException {
    Path model = Path.of(System.getProperty("moto.root"), "aws-models", "iam", "service-2.json");
    TreeSet<String> operations = new TreeSet<>();
    new ObjectMapper()
        .readTree(model.toFile())
        .get("operations")
        .fieldNames()
        .forEachRemaining(operations::add);
    return operations;
  }

  /**
   * The status of {@code operation} called with no parameters. The few that succeed so (a root
   * access key, a credential report) change nothing another operation's status depends on.
   */
  private static int status(String operation) throws Exception {
    return post("Action", operation).statusCode();
  }
}
