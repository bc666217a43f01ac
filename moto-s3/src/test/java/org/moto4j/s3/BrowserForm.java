package org.moto4j.s3;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A browser's {@code multipart/form-data} POST, part by part in the order added. */
final class BrowserForm {

  static final String BOUNDARY = "----WebKitFormBoundaryePkpFF7tjBAqx29L";

  private record Part(String name, String filename, String contentType, byte[] content) {}

  private final List<Part> parts = new ArrayList<>();

  /** Adds a text field. */
  BrowserForm field(String name, String value) {
    parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Adds the {@code file} part, as a browser sends a chosen file. */
  BrowserForm file(String filename, String contentType, byte[] content) {
    parts.add(new Part("file", filename, contentType, content));
    return this;
  }

  BrowserForm file(String filename, String content) {
    return file(filename, "text/plain", content.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a base64 policy field for a JSON document written with single quotes. */
  BrowserForm policy(String json) {
    String document = json.replace('\'', '"');
    return field(
        "policy", Base64.getEncoder().encodeToString(document.getBytes(StandardCharsets.UTF_8)));
  }

  /** The body, closing delimiter included. */
  byte[] body() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder();
      head.append("--").append(BOUNDARY).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.filename() != null) {
        head.append("; filename=\"").append(part.filename()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A POST of this form to {@code url}. */
  HttpRequest.Builder post(URI url) {
    return HttpRequest.newBuilder(url)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body()));
  }
}
