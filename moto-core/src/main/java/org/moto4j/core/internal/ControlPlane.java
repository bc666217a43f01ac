package org.moto4j.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.core.AccountId;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;

/**
 * moto's {@code /moto-api} endpoints: {@code POST /moto-api/reset} forgets everything, as moto
 * does; {@code POST /moto-api/accounts/{id}/reset} forgets one account (our addition).
 */
public final class ControlPlane {

  /** The path prefix of the control plane. */
  public static final String PREFIX = "/moto-api";

  private final Resetter resetter;

  /** What a reset acts on. */
  public interface Resetter {
    void resetAll();

    void reset(AccountId account);
  }

  public ControlPlane(Resetter resetter) {
    this.resetter = resetter;
  }

  /** Whether a request is for the control plane. */
  public static boolean handles(MotoRequest request) {
    String path = request.rawPath();
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  public MotoResponse handle(MotoRequest request) {
    String path = request.rawPath().substring(PREFIX.length());
    if (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.equals("/reset")) {
      if (!request.method().equals("POST")) {
        return json(400, Map.of("Error", "Need to POST to reset Moto"));
      }
      resetter.resetAll();
      return json(200, Map.of("status", "ok"));
    }
    if (path.startsWith("/accounts/") && path.endsWith("/reset")) {
      String id = path.substring("/accounts/".length(), path.length() - "/reset".length());
      if (!request.method().equals("POST")) {
        return json(400, Map.of("Error", "Need to POST to reset an account"));
      }
      if (!AccountId.isValid(id)) {
        return json(
            400, Map.of("Error", "An AWS account id is exactly 12 digits, got '" + id + "'"));
      }
      resetter.reset(AccountId.of(id));
      Map<String, String> body = new LinkedHashMap<>();
      body.put("status", "ok");
      body.put("account", id);
      return json(200, body);
    }
    return json(
        404,
        Map.of(
            "Error", "No such moto-api endpoint: " + request.method() + " " + request.rawPath()));
  }

  private static MotoResponse json(int status, Map<String, String> body) {
    // A flat object of strings: written by hand, so the control plane costs no JSON library at
    // startup.
    StringBuilder json = new StringBuilder("{");
    body.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          quote(json, name).append(':');
          quote(json, value);
        });
    json.append('}');
    return MotoResponse.status(status)
        .header("Content-Type", "application/json")
        .body(ResponseBody.of(json.toString()));
  }

  private static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
