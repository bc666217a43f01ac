package org.moto4j.sts;

/** SAML 2.0 responses for the AssumeRoleWithSAML tests. */
final class SamlAssertions {

  static final String ISSUER = "https://idp.example.com/saml";

  private SamlAssertions() {}

  /** A response for {@code nameId}, with session name and source identity {@code user}. */
  static String response(String nameId, String user) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"
            xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0"
            IssueInstant="2024-01-01T00:00:00Z" Destination="https://signin.aws.amazon.com/saml">
          <saml:Issuer>%1$s</saml:Issuer>
          <samlp:Status>
            <samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
          </samlp:Status>
          <saml:Assertion ID="_a1" Version="2.0" IssueInstant="2024-01-01T00:00:00Z">
            <saml:Issuer>%1$s</saml:Issuer>
            <saml:Subject>
              <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">%2$s</saml:NameID>
              <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
                <saml:SubjectConfirmationData Recipient="https://signin.aws.amazon.com/saml"
                    NotOnOrAfter="2099-01-01T00:00:00Z"/>
              </saml:SubjectConfirmation>
            </saml:Subject>
            <saml:Conditions>
              <saml:AudienceRestriction>
                <saml:Audience>urn:amazon:webservices</saml:Audience>
              </saml:AudienceRestriction>
            </saml:Conditions>
            <saml:AttributeStatement>
              <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role">
                <saml:AttributeValue>arn:aws:iam::111111111111:role/role-in-another-account,arn:aws:iam::111111111111:saml-provider/MySAMLIdP</saml:AttributeValue>
              </saml:Attribute>
              <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName">
                <saml:AttributeValue>%3$s</saml:AttributeValue>
              </saml:Attribute>
              <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SessionDuration">
                <saml:AttributeValue>1800</saml:AttributeValue>
              </saml:Attribute>
              <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SourceIdentity">
                <saml:AttributeValue>%3$s</saml:AttributeValue>
              </saml:Attribute>
            </saml:AttributeStatement>
          </saml:Assertion>
        </samlp:Response>
        """
        .formatted(ISSUER, nameId, user);
  }
}
