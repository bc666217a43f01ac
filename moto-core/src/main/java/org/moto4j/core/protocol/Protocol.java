package org.moto4j.core.protocol;

import java.util.Map;
import org.moto4j.core.http.MotoResponse;

/**
 * An AWS wire protocol: how a service's errors, request ids and generic failures look on the wire.
 */
public enum Protocol {

  /** Form-encoded {@code Action=…&Version=…} requests, XML responses: STS, IAM. */
  QUERY {
    @Override
    public MotoResponse error(AwsException e, String namespace, String requestId, boolean head) {
      XmlWriter xml =
          XmlWriter.document()
              .start("ErrorResponse", namespace)
              .start("Error")
              .element("Type", e.isSenderFault() ? "Sender" : "Receiver")
              .element("Code", e.code())
              .element("Message", ErrorText.xmlSafe(e.getMessage()));
      for (Map.Entry<String, String> detail : e.details().entrySet()) {
        xml.element(detail.getKey(), ErrorText.xmlSafe(detail.getValue()));
      }
      xml.end().element("RequestId", requestId).end();
      MotoResponse response = MotoResponse.status(e.status());
      e.headers().forEach(response::header);
      return requestIds(response, requestId).xml(xml.toXml());
    }

    @Override
    public MotoResponse requestIds(MotoResponse response, String requestId) {
      return response.header("x-amzn-RequestId", requestId);
    }

    @Override
    public AwsException invalidParameter(String message) {
      return new AwsException("InvalidParameterValue", 400, message);
    }

    @Override
    public AwsException malformedAuthorization(String message) {
      return new AwsException("IncompleteSignature", 400, message);
    }

    @Override
    public AwsException malformedRequest(String message) {
      return new AwsException("MalformedQueryString", 400, message);
    }

    @Override
    public AwsException malformedPresignedQuery(String message) {
      return new AwsException("IncompleteSignature", 400, message);
    }
  },

  /** REST paths and headers with XML bodies: S3. */
  REST_XML {
    @Override
    public MotoResponse error(AwsException e, String namespace, String requestId, boolean head) {
      MotoResponse response = MotoResponse.status(e.status());
      e.headers().forEach(response::header);
      requestIds(response, requestId);
      if (head) {
        // HEAD answers carry no body, so AWS says what went wrong in these headers only.
        return response;
      }
      XmlWriter xml =
          XmlWriter.document()
              .start("Error")
              .element("Code", e.code())
              .element("Message", ErrorText.xmlSafe(e.getMessage()));
      for (Map.Entry<String, String> detail : e.details().entrySet()) {
        xml.element(detail.getKey(), ErrorText.xmlSafe(detail.getValue()));
      }
      xml.element("RequestId", requestId).element("HostId", RequestIds.hostId(requestId)).end();
      return response.xml(xml.toXml());
    }

    @Override
    public MotoResponse requestIds(MotoResponse response, String requestId) {
      return response
          .header("x-amz-request-id", requestId)
          .header("x-amz-id-2", RequestIds.hostId(requestId));
    }

    @Override
    public AwsException invalidParameter(String message) {
      return new AwsException("InvalidArgument", 400, message);
    }

    @Override
    public AwsException malformedAuthorization(String message) {
      return new AwsException("AuthorizationHeaderMalformed", 400, message);
    }

    @Override
    public AwsException malformedRequest(String message) {
      return new AwsException("InvalidURI", 400, "Couldn't parse the specified URI.");
    }

    @Override
    public AwsException malformedPresignedQuery(String message) {
      return new AwsException("AuthorizationQueryParametersError", 400, message);
    }
  };

  /** The response AWS sends for an error; {@code head} drops the body, as HTTP HEAD must. */
  public abstract MotoResponse error(
      AwsException e, String namespace, String requestId, boolean head);

  /** Adds the request id headers this protocol uses. */
  public abstract MotoResponse requestIds(MotoResponse response, String requestId);

  /** The error for a request parameter or header with an invalid value. */
  public abstract AwsException invalidParameter(String message);

  /** The error for a query string, form or path that cannot be parsed. */
  public abstract AwsException malformedRequest(String message);

  /** The error for presigned-URL credentials ({@code X-Amz-Credential}…) that cannot be parsed. */
  public abstract AwsException malformedPresignedQuery(String message);

  /** The error for an {@code Authorization} header that cannot be parsed. */
  public abstract AwsException malformedAuthorization(String message);
}
