package org.moto4j.s3.internal.config;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * A bucket configuration S3 keeps as one document: {@code PUT /bucket?name} checks and stores it,
 * {@code GET} answers it as stored (or what S3 answers for a bucket without one), {@code DELETE}
 * removes it. Only the bucket's owner may use it. A refused Put changes nothing.
 */
public abstract class DocumentConfiguration implements S3Operation {

  private final BucketAccess access;
  private final BucketConfigurations.Kind<XmlNode> kind;
  private final String root;

  /**
   * @param kind where the bucket keeps the document
   * @param root the document's root element
   */
  protected DocumentConfiguration(
      BucketAccess access, BucketConfigurations.Kind<XmlNode> kind, String root) {
    this.access = access;
    this.kind = kind;
    this.root = root;
  }

  /** The kind of configuration kept as a document under {@code name}. */
  protected static BucketConfigurations.Kind<XmlNode> kind(String name) {
    return new BucketConfigurations.Kind<>(name, XmlNode.class);
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    return switch (request.http().method()) {
      case "PUT" -> {
        XmlNode document = check(ConfigurationBodies.read(request, root), bucket, context);
        bucket.configurations().put(kind, document);
        yield MotoResponse.status(200);
      }
      case "DELETE" -> {
        bucket.configurations().remove(kind);
        yield MotoResponse.status(204);
      }
      default ->
          bucket
              .configurations()
              .get(kind)
              .map(document -> MotoResponse.status(200).xml(document.toDocument()))
              .orElseGet(() -> absent(bucket));
    };
  }

  /**
   * Checks a document a Put carries, as S3 checks it.
   *
   * @return the document to store
   * @throws org.moto4j.core.protocol.AwsException the error S3 answers for it
   */
  protected abstract XmlNode check(XmlNode document, Bucket bucket, AccountContext context);

  /**
   * What a Get answers for a bucket without the configuration: an empty or default document, or an
   * error thrown.
   */
  protected abstract MotoResponse absent(Bucket bucket);

  /** An answer with a document that has only its root element. */
  protected MotoResponse empty() {
    return MotoResponse.status(200).xml(XmlNode.parent(root, List.of()).toDocument());
  }
}
