package org.moto4j.s3.internal.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * The configurations a bucket keeps by id (analytics, metrics, inventory, intelligent tiering):
 * {@code PUT|GET|DELETE /bucket?name&id=…} for one, {@code GET /bucket?name} to list them in id
 * order, 100 a page, with S3's {@code continuation-token}. Ids are 1 to 64 letters, digits,
 * periods, dashes or underscores, the same in the URI and the document; a bucket holds at most
 * 1,000 of each kind. Only the owner may use them.
 */
public abstract class IdConfiguration implements S3Operation {

  static final int PAGE = 100;
  static final int MAX_CONFIGURATIONS = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final BucketAccess access;
  private final BucketConfigurations.Kind<XmlNode> kind;
  private final String element;
  private final String listRoot;

  /**
   * @param name the sub-resource, such as {@code metrics}
   * @param element the configuration's element, such as {@code MetricsConfiguration}
   * @param listRoot the root element of the list's answer
   */
  protected IdConfiguration(BucketAccess access, String name, String element, String listRoot) {
    this.access = access;
    this.kind = new BucketConfigurations.Kind<>(name, XmlNode.class);
    this.element = element;
    this.listRoot = listRoot;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    NavigableMap<String, Object> stored = bucket.configurations().byId(kind);
    if (request.operation().startsWith("List")) {
      return list(stored, request.queryParameter("continuation-token"));
    }
    String id = request.queryParameter("id");
    if (id == null || !ID.matcher(id).matches()) {
      throw S3Errors.INVALID_ARGUMENT
          .exception(
              "The configuration ID must be 1 to 64 letters, digits, periods, dashes or"
                  + " underscores.")
          .with("ArgumentName", "id")
          .with("ArgumentValue", id);
    }
    return switch (request.http().method()) {
      case "PUT" -> {
        XmlNode document = ConfigurationBodies.read(request, element);
        if (!id.equals(document.requiredText("Id"))) {
          throw S3Errors.INVALID_ARGUMENT
              .exception("The Id of the configuration does not match the id of the request.")
              .with("ArgumentName", "id")
              .with("ArgumentValue", id);
        }
        check(document);
        synchronized (stored) {
          // The limit counts configurations; the lock only orders Puts of one bucket and kind.
          if (!stored.containsKey(id) && stored.size() >= MAX_CONFIGURATIONS) {
            throw S3Errors.TOO_MANY_CONFIGURATIONS.exception();
          }
          stored.put(id, document);
        }
        yield MotoResponse.status(200);
      }
      case "DELETE" -> {
        if (stored.remove(id) == null) {
          throw S3Errors.NO_SUCH_CONFIGURATION.exception();
        }
        yield MotoResponse.status(204);
      }
      default -> {
        Object document = stored.get(id);
        if (document == null) {
          throw S3Errors.NO_SUCH_CONFIGURATION.exception();
        }
        yield MotoResponse.status(200).xml(((XmlNode) document).toDocument());
      }
    };
  }

  /**
   * Checks a configuration document as S3 does (its {@code Id} is checked already).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} or {@code InvalidArgument}
   */
  protected abstract void check(XmlNode document);

  private MotoResponse list(NavigableMap<String, Object> stored, String token) {
    NavigableMap<String, Object> rest =
        token == null ? stored : stored.tailMap(decode(token), false);
    List<XmlNode> page = new ArrayList<>();
    String last = null;
    boolean truncated = false;
    for (Map.Entry<String, Object> entry : rest.entrySet()) {
      if (page.size() == PAGE) {
        truncated = true;
        break;
      }
      page.add((XmlNode) entry.getValue());
      last = entry.getKey();
    }
    XmlWriter xml =
        XmlWriter.document()
            .start(listRoot, S3Service.NAMESPACE)
            .element("IsTruncated", truncated)
            .optional("ContinuationToken", token)
            .optional("NextContinuationToken", truncated ? encode(last) : null);
    page.forEach(configuration -> configuration.writeTo(xml));
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  /** Tokens are opaque to clients: the last id of the previous page, base64url encoded. */
  private static String encode(String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(id.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      String id = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (ID.matcher(id).matches()) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // answered below, as for a token that names no id
    }
    throw S3Errors.INVALID_CONTINUATION_TOKEN
        .exception()
        .with("ArgumentName", "continuation-token")
        .with("ArgumentValue", token);
  }

  /** At most one of the predicates a {@code Filter} may hold. */
  static void checkFilter(XmlNode document, List<String> predicates) {
    document
        .child("Filter")
        .ifPresent(
            filter -> {
              long count =
                  filter.children().stream()
                      .filter(child -> predicates.contains(child.name()))
                      .count();
              if (count > 1) {
                throw S3Errors.MALFORMED_XML.exception();
              }
            });
  }

  /** The text of a required child, which must be one of {@code allowed}. */
  static String oneOf(XmlNode parent, String name, List<String> allowed) {
    String value = parent.requiredText(name);
    if (!allowed.contains(value)) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return value;
  }
}
