package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The simulator's response document on the wire, against a golden file. */
class PolicySimulationWireTest extends IamWireTestBase {

  @Test
  void a_cross_account_simulation_answers_the_models_elements_in_order() throws Exception {
    String identity =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}}";
    String bucket =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
            + "\"111111111111\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}}";
    String boundary =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\"}}";

    HttpResponse<String> response =
        post(
            "Action", "SimulateCustomPolicy",
            "PolicyInputList.member.1", identity,
            "PermissionsBoundaryPolicyInputList.member.1", boundary,
            "ResourcePolicy", bucket,
            "CallerArn", "arn:aws:iam::111111111111:user/alice",
            "ResourceOwner", "222222222222",
            "ActionNames.member.1", "s3:GetObject",
            "ResourceArns.member.1", "arn:aws:s3:::b/k",
            "ContextEntries.member.1.ContextKeyName", "aws:SecureTransport",
            "ContextEntries.member.1.ContextKeyType", "boolean",
            "ContextEntries.member.1.ContextKeyValues.member.1", "true");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalised(response)).isEqualTo(golden("simulate-custom-policy.xml"));
  }
}
