package org.moto4j.s3.internal.website;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Addressing;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.UnreadBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.GetObject;
import org.moto4j.s3.internal.objects.HeadObject;

/**
 * A bucket's static website endpoint ({@link WebsiteHosts}), served from the configuration
 * PutBucketWebsite stored: GET and HEAD only; {@code RedirectAllRequestsTo}; routing rules (before
 * the lookup on a key prefix, after it on the error status); the index document for {@code /} and
 * {@code folder/}, a 302 from {@code folder} to {@code folder/} when {@code folder/index} exists;
 * {@code x-amz-website-redirect-location} as a 301; the error document, with the error's status,
 * for 403 and 404. Errors are HTML pages ({@link WebsitePages}), not S3's XML.
 *
 * <p>The endpoint is anonymous, as on AWS, where every object it serves must be public. moto4j does
 * not enforce ACLs by default (as moto), so every object of a website bucket is served, whoever
 * owns the bucket: the object is read as its bucket's owner.
 */
@Singleton
public final class WebsiteEndpoint {

  private static final BucketConfigurations.Kind<XmlNode> WEBSITE =
      new BucketConfigurations.Kind<>("website", XmlNode.class);
  private static final BucketConfigurations.Kind<XmlNode> REQUEST_PAYMENT =
      new BucketConfigurations.Kind<>("requestPayment", XmlNode.class);

  private final BucketNamespace namespace;
  private final GetObject getObject;
  private final HeadObject headObject;

  @Inject
  public WebsiteEndpoint(BucketNamespace namespace, GetObject getObject, HeadObject headObject) {
    this.namespace = namespace;
    this.getObject = getObject;
    this.headObject = headObject;
  }

  /** The website endpoint's answer to a request for {@code bucketName}'s website. */
  public MotoResponse serve(MotoRequest request, String bucketName, AccountContext context) {
    // Website errors are HTML pages, so this protocol boundary renders them itself.
    try {
      if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
        UnreadBodies.discard(request);
        throw S3Errors.METHOD_NOT_ALLOWED
            .exception()
            .with("Method", request.method())
            .with("ResourceType", "OBJECT");
      }
      Bucket bucket = namespace.get(bucketName);
      XmlNode document =
          bucket
              .configurations()
              .get(WEBSITE)
              .orElseThrow(
                  () ->
                      S3Errors.NO_SUCH_WEBSITE_CONFIGURATION
                          .exception()
                          .with("BucketName", bucketName));
      // Requester Pays buckets refuse the website endpoint (it has no way to charge the caller).
      boolean requesterPays =
          bucket
              .configurations()
              .get(REQUEST_PAYMENT)
              .flatMap(payment -> payment.childText("Payer"))
              .filter("Requester"::equals)
              .isPresent();
      if (requesterPays) {
        throw S3Errors.ACCESS_DENIED.exception();
      }
      return site(request, bucket, WebsiteConfiguration.of(document), context);
    } catch (AwsException e) {
      return WebsitePages.error(e, null, request.method(), context);
    }
  }

  private MotoResponse site(
      MotoRequest request, Bucket bucket, WebsiteConfiguration site, AccountContext context) {
    String rawPath = request.rawPath().isEmpty() ? "/" : request.rawPath();
    String key = S3Addressing.decode(rawPath.substring(1));
    if (site.redirectAll() != null) {
      return redirect(301, location(request, site.redirectAll(), rawPath.substring(1)));
    }
    Optional<WebsiteConfiguration.RoutingRule> before = site.rule(key, null);
    if (before.isPresent()) {
      return redirect(request, before.get(), key);
    }
    AccountContext owner =
        new AccountContext(bucket.owner(), context.region(), context.requestId(), null, null);
    String objectKey = key.isEmpty() || key.endsWith("/") ? key + site.indexSuffix() : key;
    try {
      StoredObject found = bucket.objects().get(objectKey);
      if (found == null
          && !key.isEmpty()
          && !key.endsWith("/")
          && bucket.objects().containsKey(key + "/" + site.indexSuffix())) {
        return redirect(302, rawPath + "/");
      }
      if (found != null && found.attributes().websiteRedirectLocation() != null) {
        return redirect(301, found.attributes().websiteRedirectLocation());
      }
      return read(request, request.method(), bucket.name(), objectKey, owner);
    } catch (AwsException e) {
      Optional<WebsiteConfiguration.RoutingRule> after = site.rule(key, e.status());
      if (after.isPresent()) {
        return redirect(request, after.get(), key);
      }
      if (site.errorKey() == null || (e.status() != 403 && e.status() != 404)) {
        throw e;
      }
      return errorDocument(request, bucket.name(), site.errorKey(), e, owner);
    }
  }

  /**
   * The error document, answered with the status of the error it stands for; or the error's page
   * saying why the document could not be served.
   */
  private MotoResponse errorDocument(
      MotoRequest request,
      String bucket,
      String errorKey,
      AwsException error,
      AccountContext owner) {
    // The document is read whole and unconditionally: the request's If-* and Range were for the
    // object it asked for.
    MotoRequest plain =
        MotoRequest.builder("GET", "/" + errorKey).header("Host", request.header("Host")).build();
    try {
      MotoResponse document = read(plain, request.method(), bucket, errorKey, owner);
      MotoResponse response = MotoResponse.status(error.status());
      for (String name : document.headers().names()) {
        document.headers().all(name).forEach(value -> response.header(name, value));
      }
      return response.body(document.body());
    } catch (AwsException documentError) {
      return WebsitePages.error(error, documentError, request.method(), owner);
    }
  }

  private MotoResponse read(
      MotoRequest request, String method, String bucket, String key, AccountContext owner) {
    boolean head = method.equals("HEAD");
    S3Request read =
        new S3Request(request, new S3Address(bucket, key, true), head ? "HeadObject" : "GetObject");
    return head ? headObject.handle(read, owner) : getObject.handle(read, owner);
  }

  private static MotoResponse redirect(
      MotoRequest request, WebsiteConfiguration.RoutingRule rule, String key) {
    return redirect(
        rule.redirect().status(), location(request, rule.redirect(), rule.redirectKey(key)));
  }

  private static MotoResponse redirect(int status, String location) {
    return MotoResponse.status(status).header("Location", location).header("Content-Length", "0");
  }

  /** {@code protocol://host/key}: the redirect's protocol and host, else the request's. */
  private static String location(
      MotoRequest request, WebsiteConfiguration.Redirect redirect, String key) {
    String protocol = redirect.protocol() == null ? "http" : redirect.protocol();
    String host = redirect.hostName() == null ? request.header("Host") : redirect.hostName();
    return protocol + "://" + host + "/" + key;
  }
}
