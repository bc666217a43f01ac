package org.moto4j.s3.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.moto4j.core.blob.Blob;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.XmlBodies;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.UploadIntegrity;

/**
 * Reads the document of a Put the model marks {@code requestChecksumRequired} (Object Lock,
 * retention, legal hold, replication): S3 refuses it without {@code Content-MD5} or an {@code
 * x-amz-checksum-*} value (header or trailer; the SDKs send one), and verifies the value sent.
 */
public final class ChecksummedBodies {

  private ChecksummedBodies() {}

  /**
   * The document, whose root must be {@code rootName}.
   *
   * @param emptyError what an empty body answers
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} without Content-MD5 or a
   *     checksum, {@code InvalidDigest}, {@code BadDigest}, {@code IncompleteBody}, {@code
   *     MalformedXML}, or {@code emptyError}
   */
  public static XmlNode read(
      S3Request request, ObjectWriter writer, String rootName, S3Errors emptyError) {
    UploadIntegrity integrity = UploadIntegrity.of(request);
    if (request.header("Content-MD5") == null && !integrity.isNamed()) {
      throw S3Errors.MISSING_REQUIRED_HEADER.exception("Content-Md5");
    }
    Blob blob =
        writer.receive(request.body(), ObjectWriter.announcedLength(request), integrity).blob();
    try (InputStream in = blob.open()) {
      return XmlBodies.read(in, rootName)
          .map(XmlNode::of)
          .orElseThrow(() -> emptyError.exception());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      blob.release();
    }
  }
}
