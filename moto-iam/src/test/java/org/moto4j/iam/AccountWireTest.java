package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The account, provider, report and organizations operations on the wire: the XML shapes the SDK
 * reads (the summary map's entries, the report's base64 blob, the model's lower-case {@code
 * isTruncated}) and the error documents of the exceptions the model gives no error code.
 */
class AccountWireTest extends IamWireTestBase {

  @Test
  void the_summary_map_is_a_list_of_key_value_entries() throws Exception {
    HttpResponse<String> response = post("Action", "GetAccountSummary");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<GetAccountSummaryResult><SummaryMap><entry><key>GroupPolicySizeQuota</key>")
        .contains("<entry><key>Users</key><value>0</value></entry>")
        .contains("<entry><key>GroupsQuota</key><value>300</value></entry></SummaryMap>");
  }

  @Test
  void the_credential_report_is_base64_csv() throws Exception {
    post("Action", "CreateUser", "UserName", "alice");
    assertThat(post("Action", "GenerateCredentialReport").body())
        .contains("<State>STARTED</State>");

    String body = post("Action", "GetCredentialReport").body();

    String content = between(body, "<Content>", "</Content>");
    String csv = new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("user,arn,user_creation_time,").contains("\nalice,");
    assertThat(body).contains("<ReportFormat>text/csv</ReportFormat><GeneratedTime>");
  }

  @Test
  void an_oidc_provider_lists_its_client_ids_and_thumbprints_as_members() throws Exception {
    post(
        "Action",
        "CreateOpenIDConnectProvider",
        "Url",
        "https://example.com",
        "ClientIDList.member.1",
        "web",
        "ThumbprintList.member.1",
        "A".repeat(40));

    String body =
        post(
                "Action",
                "GetOpenIDConnectProvider",
                "OpenIDConnectProviderArn",
                "arn:aws:iam::123456789012:oidc-provider/example.com")
            .body();

    assertThat(body)
        .contains(
            "<GetOpenIDConnectProviderResult><Url>example.com</Url>"
                + "<ClientIDList><member>web</member></ClientIDList>"
                + "<ThumbprintList><member>"
                + "a".repeat(40)
                + "</member></ThumbprintList><CreateDate>");
  }

  @Test
  void delegation_requests_list_with_the_models_lower_case_is_truncated() throws Exception {
    assertThat(post("Action", "ListDelegationRequests").body())
        .contains(
            "<ListDelegationRequestsResult><DelegationRequests></DelegationRequests>"
                + "<isTruncated>false</isTruncated></ListDelegationRequestsResult>");
  }

  @Test
  void an_exception_without_an_error_code_is_sent_under_its_shape_name() throws Exception {
    HttpResponse<String> response = post("Action", "ListOrganizationsFeatures");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(between(response.body(), "<Code>", "</Code>"))
        .isEqualTo("OrganizationNotFoundException");
    assertThat(between(response.body(), "<Message>", "</Message>"))
        .isEqualTo(
            "The request was rejected because no organization is associated with your account.");
  }

  @Test
  void saml_metadata_with_a_dtd_is_refused_unread() throws Exception {
    String document =
        "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + SamlProvidersTest.metadata("https://idp.example.com", null).replace("?>", "?>&x;");

    HttpResponse<String> response =
        post("Action", "CreateSAMLProvider", "Name", "Okta", "SAMLMetadataDocument", document);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(between(response.body(), "<Code>", "</Code>")).isEqualTo("InvalidInput");
    assertThat(between(response.body(), "<Message>", "</Message>"))
        .isEqualTo("Could not parse metadata");
  }

  private static String between(String text, String start, String end) {
    Matcher matcher =
        Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
            .matcher(text);
    assertThat(matcher.find()).as(start + " in " + text).isTrue();
    return matcher.group(1);
  }
}
