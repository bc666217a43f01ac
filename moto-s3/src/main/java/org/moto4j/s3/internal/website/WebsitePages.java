package org.moto4j.s3.internal.website;

import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.RequestIds;

/**
 * The HTML pages the website endpoint answers errors with, as AWS writes them: the status as title
 * and heading, then a list of Code, Message, the error's details, RequestId and HostId; and, when
 * the error document itself could not be served, a second list saying why.
 */
final class WebsitePages {

  private static final Map<Integer, String> REASONS =
      Map.of(
          400, "Bad Request",
          403, "Forbidden",
          404, "Not Found",
          405, "Method Not Allowed",
          412, "Precondition Failed",
          416, "Requested Range Not Satisfiable");

  private WebsitePages() {}

  /** The page for {@code error}; for HEAD only the status and headers. */
  static MotoResponse error(
      AwsException error, AwsException errorDocumentError, String method, AccountContext context) {
    MotoResponse response = MotoResponse.status(error.status());
    error.headers().forEach(response::header);
    if (method.equals("HEAD")) {
      return response;
    }
    String title = error.status() + " " + REASONS.getOrDefault(error.status(), "Error");
    StringBuilder page =
        new StringBuilder("<html>\n<head><title>")
            .append(title)
            .append("</title></head>\n<body>\n<h1>")
            .append(title)
            .append("</h1>\n<ul>\n");
    items(page, error);
    item(page, "RequestId", context.requestId());
    item(page, "HostId", RequestIds.hostId(context.requestId()));
    page.append("</ul>\n");
    if (errorDocumentError != null) {
      page.append(
          "<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>\n<ul>\n");
      items(page, errorDocumentError);
      page.append("</ul>\n");
    }
    page.append("<hr/>\n</body>\n</html>\n");
    return response
        .header("Content-Type", "text/html; charset=utf-8")
        .body(ResponseBody.of(page.toString()));
  }

  private static void items(StringBuilder page, AwsException error) {
    item(page, "Code", error.code());
    item(page, "Message", error.getMessage());
    error.details().forEach((name, value) -> item(page, name, value));
  }

  private static void item(StringBuilder page, String name, String value) {
    page.append("<li>").append(name).append(": ").append(escape(value)).append("</li>\n");
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
