package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.AwsException;

class S3ErrorsTest {

  /**
   * Codes S3 answers that the model has no error shape for, with where AWS documents them (the S3
   * API Reference's "List of error codes", ErrorResponses.html#ErrorCodeList).
   */
  private static final Map<String, String> DOCUMENTED_ELSEWHERE =
      Map.ofEntries(
          Map.entry(
              "AuthorizationQueryParametersError",
              "ErrorCodeList: 400 Bad Request (presigned URL query parameters)"),
          Map.entry("BucketNotEmpty", "ErrorCodeList: 409 Conflict"),
          Map.entry("EntityTooLarge", "ErrorCodeList: 400 Bad Request"),
          Map.entry("EntityTooSmall", "ErrorCodeList: 400 Bad Request"),
          Map.entry("IllegalLocationConstraintException", "ErrorCodeList: 400 Bad Request"),
          Map.entry("IncompleteBody", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidArgument", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidBucketName", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidLocationConstraint", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidPolicyDocument", "ErrorCodeList: 400 Bad Request (POST policy)"),
          Map.entry("InvalidURI", "ErrorCodeList: 400 Bad Request"),
          Map.entry("MalformedPOSTRequest", "ErrorCodeList: 400 Bad Request"),
          Map.entry("MalformedXML", "ErrorCodeList: 400 Bad Request"),
          Map.entry(
              "MaxPostPreDataLengthExceeded",
              "ErrorCodeList: 400 Bad Request (listed as MaxPostPreDataLengthExceededError)"),
          Map.entry("MethodNotAllowed", "ErrorCodeList: 405 Method Not Allowed"),
          Map.entry("NotImplemented", "ErrorCodeList: 501 Not Implemented"),
          Map.entry("InvalidPart", "ErrorCodeList: 400 Bad Request (CompleteMultipartUpload)"),
          Map.entry("InvalidPartOrder", "ErrorCodeList: 400 Bad Request (CompleteMultipartUpload)"),
          Map.entry("NoSuchVersion", "ErrorCodeList: 404 Not Found"),
          Map.entry("BadDigest", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidDigest", "ErrorCodeList: 400 Bad Request"),
          Map.entry(
              "XAmzContentSHA256Mismatch",
              "SigV4 x-amz-content-sha256 not the body's: 400, as S3 answers"),
          Map.entry("KeyTooLongError", "ErrorCodeList: 400 Bad Request"),
          Map.entry("MetadataTooLarge", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidRange", "ErrorCodeList: 416 Requested Range Not Satisfiable"),
          Map.entry("InvalidPartNumber", "GetObject partNumber past the parts: 416, as S3 answers"),
          Map.entry("InvalidStorageClass", "ErrorCodeList: 400 Bad Request"),
          Map.entry("InvalidTag", "PutObjectTagging/x-amz-tagging: 400 Bad Request"),
          Map.entry("BadRequest", "x-amz-tagging with more than 10 tags: 400, as S3 answers"),
          Map.entry("InvalidEncryptionAlgorithmError", "ErrorCodeList: 400 Bad Request"),
          Map.entry("PreconditionFailed", "ErrorCodeList: 412 Precondition Failed"),
          Map.entry("MissingRequestBodyError", "ErrorCodeList: 400 Bad Request"),
          Map.entry("NoSuchTagSet", "ErrorCodeList: 404 Not Found (GetBucketTagging)"),
          Map.entry("NoSuchCORSConfiguration", "ErrorCodeList: 404 Not Found"),
          Map.entry("NoSuchLifecycleConfiguration", "ErrorCodeList: 404 Not Found"),
          Map.entry("NoSuchWebsiteConfiguration", "ErrorCodeList: 404 Not Found"),
          Map.entry(
              "MetadataConfigurationNotFound",
              "GetBucketMetadataConfiguration on a bucket without one: 404, as S3 answers"),
          Map.entry(
              "NoSuchConfiguration",
              "ErrorCodeList: 404 Not Found (analytics, metrics, inventory, tiering ids)"),
          Map.entry("InvalidTargetBucketForLogging", "ErrorCodeList: 400 Bad Request"),
          Map.entry("CrossLocationLoggingProhibitted", "ErrorCodeList: 403 Forbidden"),
          Map.entry("TooManyConfigurations", "ErrorCodeList: 400 Bad Request (1,000 per kind)"),
          Map.entry(
              "ObjectLockConfigurationNotFoundError", "ErrorCodeList: 404 Not Found (Object Lock)"),
          Map.entry("NoSuchObjectLockConfiguration", "ErrorCodeList: 404 Not Found (Object Lock)"),
          Map.entry("InvalidBucketState", "ErrorCodeList: 409 Conflict"),
          Map.entry(
              "ReplicationConfigurationNotFoundError",
              "ErrorCodeList: 404 Not Found (GetBucketReplication)"),
          Map.entry("MalformedACLError", "ErrorCodeList: 400 Bad Request (ACL documents)"),
          Map.entry("MissingSecurityHeader", "ErrorCodeList: 400 Bad Request"),
          Map.entry("UnexpectedContent", "ErrorCodeList: 400 Bad Request"),
          Map.entry(
              "AccessControlListNotSupported",
              "Object Ownership guide: 400 when a BucketOwnerEnforced bucket is sent an ACL"),
          Map.entry(
              "InvalidBucketAclWithObjectOwnership",
              "Object Ownership guide: 400 for ACLs with BucketOwnerEnforced (CreateBucket)"),
          Map.entry("OwnershipControlsNotFoundError", "GetBucketOwnershipControls: 404"),
          Map.entry("NoSuchPublicAccessBlockConfiguration", "GetPublicAccessBlock: 404 Not Found"),
          Map.entry("NoSuchBucketPolicy", "ErrorCodeList: 404 Not Found"),
          Map.entry("MalformedPolicy", "ErrorCodeList: 400 Bad Request (bucket policy)"),
          Map.entry("CSVEscapingRecordDelimiter", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("CSVParsingError", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("CastFailed", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("EmptyRequestBody", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("EvaluatorInvalidArguments", "SelectObjectContentErrorCodeList: 400"),
          Map.entry(
              "EvaluatorLikePatternInvalidEscapeSequence", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("EvaluatorNegativeLimit", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ExpressionTooLong", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidCompressionFormat", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidDataSource", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidExpressionType", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidFileHeaderInfo", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidJsonType", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidQuoteFields", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("InvalidRequestParameter", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("JSONParsingError", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("LexerInvalidChar", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("MissingRequiredParameter", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ObjectSerializationConflict", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("OverMaxRecordSize", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseAsteriskIsNotAloneInSelectList", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseEmptySelect", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseExpectedExpression", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseExpectedNumber", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseExpectedTokenType", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseExpectedTypeName", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseInvalidPathComponent", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseMalformedJoin", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseSelectMissingFrom", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseUnExpectedKeyword", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseUnexpectedToken", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("ParseUnsupportedCallWithStar", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("RestoreAlreadyInProgress", "ErrorCodeList: 409 Conflict (RestoreObject)"),
          Map.entry("TruncatedInput", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("UnsupportedFunction", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("UnsupportedRangeHeader", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("UnsupportedScanRangeInput", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("UnsupportedSqlStructure", "SelectObjectContentErrorCodeList: 400"),
          Map.entry("UnsupportedStorageClass", "SelectObjectContentErrorCodeList: 400"),
          Map.entry(
              "AccessForbidden",
              "CORS troubleshooting guide: 403 Forbidden, \"CORSResponse: ...\" (preflight)"));

  @Test
  void every_code_is_a_model_error_shape_or_documented_elsewhere() throws IOException {
    Set<String> modelShapes = modelErrorShapes();
    for (S3Errors error : S3Errors.values()) {
      assertThat(
              modelShapes.contains(error.code()) || DOCUMENTED_ELSEWHERE.containsKey(error.code()))
          .as("%s is neither a model error shape nor in DOCUMENTED_ELSEWHERE", error.code())
          .isTrue();
    }
    assertThat(DOCUMENTED_ELSEWHERE.keySet()).doesNotContainAnyElementsOf(modelShapes);
  }

  @Test
  void statuses_are_what_aws_answers() {
    assertThat(S3Errors.NO_SUCH_BUCKET.status()).isEqualTo(404);
    assertThat(S3Errors.BUCKET_ALREADY_EXISTS.status()).isEqualTo(409);
    assertThat(S3Errors.BUCKET_ALREADY_OWNED_BY_YOU.status()).isEqualTo(409);
    assertThat(S3Errors.BUCKET_NOT_EMPTY.status()).isEqualTo(409);
    assertThat(S3Errors.METHOD_NOT_ALLOWED.status()).isEqualTo(405);
    assertThat(S3Errors.NOT_IMPLEMENTED.status()).isEqualTo(501);
    assertThat(S3Errors.ACCESS_DENIED.status()).isEqualTo(403);
  }

  @Test
  void templates_name_their_value() {
    AwsException e = S3Errors.ILLEGAL_LOCATION_CONSTRAINT.exception("eu-west-2");
    assertThat(e.getMessage())
        .isEqualTo(
            "The eu-west-2 location constraint is incompatible for the region specific endpoint"
                + " this request was sent to.");
    assertThat(S3Errors.NOT_IMPLEMENTED.exception("PutBucketTagging").getMessage())
        .isEqualTo("The PutBucketTagging operation is not implemented by moto4j.");
  }

  private static Set<String> modelErrorShapes() throws IOException {
    JsonNode shapes =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("moto.root"), "aws-models", "s3", "service-2.json")
                    .toFile())
            .get("shapes");
    Set<String> names = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = shapes.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> shape = it.next();
      if (shape.getValue().path("exception").asBoolean(false)) {
        names.add(shape.getKey());
      }
    }
    return names;
  }
}
