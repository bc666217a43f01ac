package org.moto4j.s3.internal.acl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Grantee;
import org.moto4j.s3.AccessControlList.GranteeType;
import org.moto4j.s3.AccessControlList.Permission;
import org.moto4j.s3.S3Errors;

/**
 * Reads the ACL a request sets in headers: a canned {@code x-amz-acl} (or a form's {@code acl}
 * field), or {@code x-amz-grant-*} lists such as {@code id="…", uri="…", emailAddress="…"}.
 */
public final class AclHeaders {

  /** The canned ACLs S3 knows, for buckets and objects. */
  public static final Set<String> CANNED =
      Set.of(
          "private",
          "public-read",
          "public-read-write",
          "authenticated-read",
          "aws-exec-read",
          "bucket-owner-read",
          "bucket-owner-full-control",
          "log-delivery-write");

  private static final String[][] GRANT_HEADERS = {
    {"x-amz-grant-full-control", "FULL_CONTROL"},
    {"x-amz-grant-write", "WRITE"},
    {"x-amz-grant-write-acp", "WRITE_ACP"},
    {"x-amz-grant-read", "READ"},
    {"x-amz-grant-read-acp", "READ_ACP"}
  };

  private static final Pattern GRANTEE =
      Pattern.compile("\\s*([A-Za-z]+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\"\\s]+))\\s*(,|$)");

  private static final Pattern CANONICAL_ID = Pattern.compile("[0-9a-f]{64}");

  private AclHeaders() {}

  /** Whether the request names an ACL in headers. */
  public static boolean present(Function<String, String> field) {
    if (field.apply("x-amz-acl") != null) {
      return true;
    }
    for (String[] header : GRANT_HEADERS) {
      if (field.apply(header[0]) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ACL the headers (or form fields) set, or {@code null} when they set none.
   *
   * @param field a header or form field by lower-case name
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} for a canned ACL with
   *     grants, {@code InvalidArgument} for an unknown canned ACL or a malformed grant, {@code
   *     MethodNotAllowed} for an e-mail grantee
   */
  public static AccessControlList parse(Function<String, String> field) {
    String canned = field.apply("x-amz-acl");
    if (canned == null) {
      canned = field.apply("acl");
    }
    List<Grant> grants = new ArrayList<>();
    for (String[] header : GRANT_HEADERS) {
      String value = field.apply(header[0]);
      if (value != null) {
        for (Grantee grantee : grantees(header[0], value)) {
          grants.add(new Grant(grantee, Permission.valueOf(header[1])));
        }
      }
    }
    if (canned != null) {
      if (!grants.isEmpty() || anyGrantHeader(field)) {
        throw S3Errors.ACL_AND_GRANTS.exception();
      }
      if (!CANNED.contains(canned)) {
        throw S3Errors.INVALID_CANNED_ACL
            .exception()
            .with("ArgumentName", "x-amz-acl")
            .with("ArgumentValue", canned);
      }
      return AccessControlList.canned(canned);
    }
    return anyGrantHeader(field) ? AccessControlList.of(grants) : null;
  }

  private static boolean anyGrantHeader(Function<String, String> field) {
    for (String[] header : GRANT_HEADERS) {
      if (field.apply(header[0]) != null) {
        return true;
      }
    }
    return false;
  }

  private static List<Grantee> grantees(String header, String value) {
    List<Grantee> grantees = new ArrayList<>();
    Matcher matcher = GRANTEE.matcher(value);
    int position = 0;
    while (position < value.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw formatNotRecognized(header, value);
      }
      String kind = matcher.group(1).toLowerCase(Locale.ROOT);
      String text = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      grantees.add(
          switch (kind) {
            case "id" -> canonicalUser(text);
            case "uri" -> group(text);
            case "emailaddress" -> email(text);
            default -> throw formatNotRecognized(header, value);
          });
      position = matcher.end();
      if (matcher.group(4).isEmpty()) {
        break;
      }
    }
    if (grantees.isEmpty()) {
      throw formatNotRecognized(header, value);
    }
    return grantees;
  }

  /**
   * A grantee by canonical id.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} "Invalid id"
   */
  public static Grantee canonicalUser(String id) {
    if (id == null || !CANONICAL_ID.matcher(id).matches()) {
      throw S3Errors.INVALID_GRANTEE_ID
          .exception()
          .with("ArgumentName", "CanonicalUser/ID")
          .with("ArgumentValue", id == null ? "" : id);
    }
    return Grantee.user(id);
  }

  /**
   * A grantee group by URI: AllUsers, AuthenticatedUsers or LogDelivery.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} "Invalid group uri"
   */
  public static Grantee group(String uri) {
    if (!Set.of(
            AccessControlList.ALL_USERS,
            AccessControlList.AUTHENTICATED_USERS,
            AccessControlList.LOG_DELIVERY)
        .contains(uri)) {
      throw S3Errors.INVALID_GROUP_URI
          .exception()
          .with("ArgumentName", "Group/URI")
          .with("ArgumentValue", uri == null ? "" : uri);
    }
    return Grantee.group(uri);
  }

  /**
   * A grantee by e-mail address, which AWS discontinued on October 1, 2025.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MethodNotAllowed} (405), as AWS answers
   */
  public static Grantee email(String address) {
    throw S3Errors.EMAIL_GRANTEE_NOT_SUPPORTED
        .exception()
        .with("Method", "PUT")
        .with("ResourceType", "ACL");
  }

  /** A grantee of a type as a document names it. */
  static Grantee of(GranteeType type, String value) {
    return switch (type) {
      case CanonicalUser -> canonicalUser(value);
      case Group -> group(value);
      case AmazonCustomerByEmail -> email(value);
    };
  }

  private static RuntimeException formatNotRecognized(String header, String value) {
    return S3Errors.GRANT_FORMAT_NOT_RECOGNIZED
        .exception()
        .with("ArgumentName", header)
        .with("ArgumentValue", value);
  }
}
