package org.moto4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The request whose answer counts as "serving": an STS GetCallerIdentity, as a client's first. */
final class FirstRequest {

  private FirstRequest() {}

  /** Sends it once; true when answered 200. Connection failures count as not yet. */
  static boolean answered(URI endpoint) {
    try {
      HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
      connection.setConnectTimeout(200);
      connection.setReadTimeout(5_000);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
      try (OutputStream out = connection.getOutputStream()) {
        out.write("Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      try (InputStream in = connection.getInputStream()) {
        in.readAllBytes();
      }
      return status == 200;
    } catch (IOException e) {
      return false;
    }
  }
}
