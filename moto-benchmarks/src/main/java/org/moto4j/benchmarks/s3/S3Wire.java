package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.moto4j.benchmarks.load.BodyWriter;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.RawResponse;

/**
 * The S3 calls the benchmark makes, as unsigned path-style HTTP on a raw connection (moto4j serves
 * the default account then), each checking its answer's status. Keys and buckets here are plain
 * ASCII, so nothing needs escaping.
 */
final class S3Wire {

  private S3Wire() {}

  static void createBucket(HttpConnection connection, String bucket) throws IOException {
    expect("CreateBucket " + bucket, 200, connection.send("PUT", "/" + bucket, new byte[0]));
  }

  static String putObject(HttpConnection connection, String bucket, String key, byte[] body)
      throws IOException {
    RawResponse response = connection.send("PUT", "/" + bucket + "/" + key, body);
    return expect("PutObject", 200, response).header("etag");
  }

  static byte[] getObject(HttpConnection connection, String bucket, String key) throws IOException {
    return expect("GetObject", 200, connection.send("GET", "/" + bucket + "/" + key, new byte[0]))
        .body();
  }

  static void deleteObject(HttpConnection connection, String bucket, String key)
      throws IOException {
    expect("DeleteObject", 204, connection.send("DELETE", "/" + bucket + "/" + key, new byte[0]));
  }

  /** One ListObjectsV2 page; {@code startAfter} may be null. */
  static String listPage(HttpConnection connection, String bucket, int maxKeys, String startAfter)
      throws IOException {
    String target =
        "/"
            + bucket
            + "?list-type=2&max-keys="
            + maxKeys
            + (startAfter == null ? "" : "&start-after=" + startAfter);
    return expect("ListObjectsV2", 200, connection.send("GET", target, new byte[0])).text();
  }

  /** CreateMultipartUpload; returns the upload id. */
  static String createMultipartUpload(HttpConnection connection, String bucket, String key)
      throws IOException {
    RawResponse response =
        connection.send("POST", "/" + bucket + "/" + key + "?uploads", new byte[0]);
    return element(expect("CreateMultipartUpload", 200, response).text(), "UploadId");
  }

  /** UploadPart streaming {@code length} bytes; returns the part's ETag. */
  static String uploadPart(
      HttpConnection connection,
      String bucket,
      String key,
      String uploadId,
      int partNumber,
      long length,
      BodyWriter body)
      throws IOException {
    String target =
        "/" + bucket + "/" + key + "?partNumber=" + partNumber + "&uploadId=" + query(uploadId);
    RawResponse response = connection.send("PUT", target, length, body);
    String etag = expect("UploadPart " + partNumber, 200, response).header("etag");
    if (etag == null) {
      throw new IllegalStateException("UploadPart " + partNumber + " answered no ETag");
    }
    return etag;
  }

  /** CompleteMultipartUpload of parts 1..n with these ETags; returns the object's ETag. */
  static String completeMultipartUpload(
      HttpConnection connection, String bucket, String key, String uploadId, String[] etags)
      throws IOException {
    StringBuilder xml =
        new StringBuilder(
            "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
    for (int i = 0; i < etags.length; i++) {
      xml.append("<Part><PartNumber>")
          .append(i + 1)
          .append("</PartNumber><ETag>")
          .append(etags[i])
          .append("</ETag></Part>");
    }
    xml.append("</CompleteMultipartUpload>");
    RawResponse response =
        connection.send(
            "POST",
            "/" + bucket + "/" + key + "?uploadId=" + query(uploadId),
            xml.toString().getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/xml");
    String text = expect("CompleteMultipartUpload", 200, response).text();
    // S3 may answer 200 and then an <Error> once the body has started.
    if (text.contains("<Error>")) {
      throw new UnexpectedStatus("CompleteMultipartUpload", 200, 200, text);
    }
    return element(text, "ETag");
  }

  /** AbortMultipartUpload, after a failed upload. */
  static void abortMultipartUpload(
      HttpConnection connection, String bucket, String key, String uploadId) throws IOException {
    connection.send(
        "DELETE", "/" + bucket + "/" + key + "?uploadId=" + query(uploadId), new byte[0]);
  }

  private static RawResponse expect(String call, int status, RawResponse response) {
    if (response.status() != status) {
      throw new UnexpectedStatus(call, status, response.status(), response.text());
    }
    return response;
  }

  private static String element(String xml, String name) {
    int start = xml.indexOf("<" + name + ">");
    int end = xml.indexOf("</" + name + ">");
    if (start < 0 || end < start) {
      throw new IllegalStateException("no <" + name + "> in " + xml);
    }
    return xml.substring(start + name.length() + 2, end);
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
