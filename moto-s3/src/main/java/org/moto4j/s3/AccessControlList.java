package org.moto4j.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bucket's or object's ACL as it was set: a canned ACL ({@code private}, {@code public-read}…),
 * expanded into grants only when read since it names the owner and the bucket owner, or explicit
 * grants (from {@code x-amz-grant-*} headers or an {@code AccessControlPolicy} document).
 *
 * @param canned the canned ACL's name, or {@code null} for explicit grants
 * @param grants the explicit grants, empty for a canned ACL
 */
public record AccessControlList(String canned, List<Grant> grants) {

  /** The ACL every bucket and object starts with: its owner has full control. */
  public static final AccessControlList PRIVATE = canned("private");

  /** The group of every caller, signed or not. */
  public static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

  /** The group of every signed caller, of any account. */
  public static final String AUTHENTICATED_USERS =
      "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

  /** The group S3 server access logging writes as. */
  public static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";

  /** The canonical id AWS documents for EC2's read access of {@code aws-exec-read}. */
  public static final String EC2_CANONICAL_ID =
      "6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c";

  /** The permissions an ACL grants. */
  public enum Permission {
    FULL_CONTROL,
    WRITE,
    WRITE_ACP,
    READ,
    READ_ACP
  }

  /** How a grantee is named: {@code xsi:type} in the documents. */
  public enum GranteeType {
    CanonicalUser,
    Group,
    AmazonCustomerByEmail
  }

  /**
   * Who a grant is for.
   *
   * @param value the canonical id, group URI or e-mail address, by type
   */
  public record Grantee(GranteeType type, String value) {

    public Grantee {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }

    public static Grantee user(String canonicalId) {
      return new Grantee(GranteeType.CanonicalUser, canonicalId);
    }

    public static Grantee group(String uri) {
      return new Grantee(GranteeType.Group, uri);
    }

    /** Whether it names everyone, or every signed caller: what makes a grant public. */
    public boolean isPublic() {
      return type == GranteeType.Group
          && (value.equals(ALL_USERS) || value.equals(AUTHENTICATED_USERS));
    }
  }

  /** One grant. */
  public record Grant(Grantee grantee, Permission permission) {

    public Grant {
      Objects.requireNonNull(grantee, "grantee");
      Objects.requireNonNull(permission, "permission");
    }
  }

  public AccessControlList {
    grants = List.copyOf(grants);
  }

  /** A canned ACL, by its name. */
  public static AccessControlList canned(String name) {
    return new AccessControlList(Objects.requireNonNull(name, "name"), List.of());
  }

  /** Explicit grants. */
  public static AccessControlList of(List<Grant> grants) {
    return new AccessControlList(null, grants);
  }

  /**
   * The grants, a canned ACL expanded as AWS documents it.
   *
   * @param ownerId the canonical id of the resource's owner
   * @param bucketOwnerId the canonical id of the bucket's owner
   */
  public List<Grant> grantsFor(String ownerId, String bucketOwnerId) {
    if (canned == null) {
      return grants;
    }
    List<Grant> expanded = new ArrayList<>();
    expanded.add(new Grant(Grantee.user(ownerId), Permission.FULL_CONTROL));
    switch (canned) {
      case "public-read" -> expanded.add(new Grant(Grantee.group(ALL_USERS), Permission.READ));
      case "public-read-write" -> {
        expanded.add(new Grant(Grantee.group(ALL_USERS), Permission.READ));
        expanded.add(new Grant(Grantee.group(ALL_USERS), Permission.WRITE));
      }
      case "authenticated-read" ->
          expanded.add(new Grant(Grantee.group(AUTHENTICATED_USERS), Permission.READ));
      case "aws-exec-read" ->
          expanded.add(new Grant(Grantee.user(EC2_CANONICAL_ID), Permission.READ));
      case "bucket-owner-read" -> {
        if (!bucketOwnerId.equals(ownerId)) {
          expanded.add(new Grant(Grantee.user(bucketOwnerId), Permission.READ));
        }
      }
      case "bucket-owner-full-control" -> {
        if (!bucketOwnerId.equals(ownerId)) {
          expanded.add(new Grant(Grantee.user(bucketOwnerId), Permission.FULL_CONTROL));
        }
      }
      case "log-delivery-write" -> {
        expanded.add(new Grant(Grantee.group(LOG_DELIVERY), Permission.WRITE));
        expanded.add(new Grant(Grantee.group(LOG_DELIVERY), Permission.READ_ACP));
      }
      default -> {
        // private: the owner alone.
      }
    }
    return expanded;
  }

  /** Whether any grant is for everyone or every signed caller. */
  public boolean isPublic(String ownerId, String bucketOwnerId) {
    return grantsFor(ownerId, bucketOwnerId).stream().anyMatch(g -> g.grantee().isPublic());
  }
}
