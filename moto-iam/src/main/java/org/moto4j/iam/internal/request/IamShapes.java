package org.moto4j.iam.internal.request;

import org.moto4j.core.protocol.query.Shape;

/**
 * The shapes of the IAM model ({@code aws-models/iam/service-2.json}) that the implemented
 * operations' members use; a test holds each one to the model.
 */
public final class IamShapes {

  public static final Shape USER_NAME = Shape.string("userNameType", 1, 64, "[\\w+=,.@-]+");

  public static final Shape EXISTING_USER_NAME =
      Shape.string("existingUserNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape PATH =
      Shape.string("pathType", 1, 512, "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

  public static final Shape PATH_PREFIX =
      Shape.string("pathPrefixType", 1, 512, "\\u002F[\\u0021-\\u007F]*");

  public static final Shape MARKER = Shape.string("markerType", 1, 320, "[\\u0020-\\u00FF]+");

  public static final Shape MAX_ITEMS = Shape.integer("maxItemsType", 1, 1000);

  public static final Shape ARN = Shape.string("arnType", 20, 2048, null);

  public static final Shape TAG_KEY =
      Shape.string("tagKeyType", 1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");

  public static final Shape TAG_VALUE =
      Shape.string("tagValueType", 0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  public static final Shape TAG_LIST = Shape.list("tagListType", null, 50);

  public static final Shape TAG_KEY_LIST = Shape.list("tagKeyListType", null, 50);

  public static final Shape ACCESS_KEY_ID = Shape.string("accessKeyIdType", 16, 128, "[\\w]+");

  public static final Shape STATUS =
      Shape.enumeration("statusType", "Active", "Inactive", "Expired");

  private IamShapes() {}
}
