package org.moto4j.s3;

import org.moto4j.core.protocol.AwsException;

/**
 * Every error S3 answers in moto4j: code, HTTP status and message as AWS writes them. Codes are
 * checked against the model's error shapes, or listed with their source in {@code S3ErrorsTest}.
 *
 * <pre>{@code
 * throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket);
 * }</pre>
 */
public enum S3Errors {
  ACCESS_DENIED("AccessDenied", 403, "Access Denied"),
  // Presigned URLs (query authentication), checked before any operation.
  /** Formatted with the complaint: a missing or malformed SigV4 query parameter. */
  AUTHORIZATION_QUERY_PARAMETERS_ERROR("AuthorizationQueryParametersError", 400, "%s"),
  /** A presigned URL past its expiry; details: X-Amz-Expires (SigV4), Expires, ServerTime. */
  REQUEST_EXPIRED("AccessDenied", 403, "Request has expired"),
  PRESIGNED_V2_PARAMETERS_MISSING(
      "AccessDenied",
      403,
      "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters"),
  /** Formatted with the {@code Expires} value as sent. */
  PRESIGNED_V2_INVALID_EXPIRES(
      "AccessDenied", 403, "Invalid date (should be seconds since epoch): %s"),
  // Browser-form POST uploads (POST /bucket, multipart/form-data).
  MALFORMED_POST_REQUEST(
      "MalformedPOSTRequest",
      400,
      "The body of your POST request is not well-formed multipart/form-data."),
  /** AWS's wording, typos included; detail: MaxPostPreDataLengthBytes. */
  MAX_POST_PRE_DATA_LENGTH_EXCEEDED(
      "MaxPostPreDataLengthExceeded",
      400,
      "Your POST request fields preceeding the upload file was too large."),
  /** Formatted with what is wrong with the policy document. */
  INVALID_POLICY_DOCUMENT("InvalidPolicyDocument", 400, "Invalid Policy: %s"),
  POLICY_EXPIRED("AccessDenied", 403, "Invalid according to Policy: Policy expired."),
  /** Formatted with the failed condition as an array: {@code ["eq", "$key", "a"]}. */
  POLICY_CONDITION_FAILED(
      "AccessDenied", 403, "Invalid according to Policy: Policy Condition failed: %s"),
  /** Formatted with the form fields no condition covers. */
  POLICY_EXTRA_INPUT_FIELDS(
      "AccessDenied", 403, "Invalid according to Policy: Extra input fields: %s"),
  // Sizes: a POST policy's content-length-range, a single upload's 5 GiB, multipart parts.
  /** Details: ProposedSize, MaxSizeAllowed. */
  ENTITY_TOO_LARGE("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size"),
  /** Details: ProposedSize, MinSizeAllowed. */
  ENTITY_TOO_SMALL(
      "EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed size"),
  BUCKET_ALREADY_EXISTS(
      "BucketAlreadyExists",
      409,
      "The requested bucket name is not available. The bucket namespace is shared by all users of"
          + " the system. Please select a different name and try again."),
  BUCKET_ALREADY_OWNED_BY_YOU(
      "BucketAlreadyOwnedByYou",
      409,
      "Your previous request to create the named bucket succeeded and you already own it."),
  BUCKET_NOT_EMPTY("BucketNotEmpty", 409, "The bucket you tried to delete is not empty"),
  /** A versioned (or suspended) bucket still holding versions or delete markers. */
  BUCKET_NOT_EMPTY_OF_VERSIONS(
      "BucketNotEmpty",
      409,
      "The bucket you tried to delete is not empty. You must delete all versions in the bucket."),
  ILLEGAL_LOCATION_CONSTRAINT_UNSPECIFIED(
      "IllegalLocationConstraintException",
      400,
      "The unspecified location constraint is incompatible for the region specific endpoint this"
          + " request was sent to."),
  /** Formatted with the location constraint the request named. */
  ILLEGAL_LOCATION_CONSTRAINT(
      "IllegalLocationConstraintException",
      400,
      "The %s location constraint is incompatible for the region specific endpoint this request"
          + " was sent to."),
  INCOMPLETE_BODY(
      "IncompleteBody",
      400,
      "You did not provide the number of bytes specified by the Content-Length HTTP header"),
  /** Formatted with the specific complaint, as AWS words each one differently. */
  INVALID_ARGUMENT("InvalidArgument", 400, "%s"),
  /** A listing's {@code continuation-token} that no page handed out. */
  INVALID_CONTINUATION_TOKEN(
      "InvalidArgument", 400, "The continuation token provided is incorrect"),
  /** A listing's {@code encoding-type} other than {@code url}. */
  INVALID_ENCODING_TYPE("InvalidArgument", 400, "Invalid Encoding Method specified in Request"),
  /** A listing's {@code max-keys} below zero. */
  INVALID_MAX_KEYS(
      "InvalidArgument", 400, "Argument maxKeys must be an integer between 0 and 2147483647"),
  /** A listing's {@code max-keys} that is no 32-bit integer. */
  MAX_KEYS_NOT_AN_INTEGER(
      "InvalidArgument", 400, "Provided max-keys not an integer or within integer range"),
  INVALID_BUCKET_NAME("InvalidBucketName", 400, "The specified bucket is not valid."),
  INVALID_LOCATION_CONSTRAINT(
      "InvalidLocationConstraint", 400, "The specified location-constraint is not valid"),
  /** Formatted with the specific complaint. */
  INVALID_REQUEST("InvalidRequest", 400, "%s"),
  INVALID_URI("InvalidURI", 400, "Couldn't parse the specified URI."),
  MALFORMED_XML(
      "MalformedXML",
      400,
      "The XML you provided was not well-formed or did not validate against our published schema"),
  METHOD_NOT_ALLOWED(
      "MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
  // Object data path (PutObject, GetObject, HeadObject, DeleteObject). Details in comments.
  /** Details: ExpectedDigest (as sent), CalculatedDigest (base64). */
  BAD_DIGEST("BadDigest", 400, "The Content-MD5 you specified did not match what we received."),
  /** Formatted with the algorithm as S3 names it, such as {@code CRC32}. */
  CHECKSUM_MISMATCH(
      "BadDigest", 400, "The %s you specified did not match the calculated checksum."),
  /** Details: ClientComputedContentSHA256, S3ComputedContentSHA256 (hex). */
  CONTENT_SHA256_MISMATCH(
      "XAmzContentSHA256Mismatch",
      400,
      "The provided 'x-amz-content-sha256' header does not match what was computed."),
  /** Details: Content-MD5 (as sent). */
  INVALID_DIGEST("InvalidDigest", 400, "The Content-MD5 you specified was invalid."),
  /** Details: Size, MaxSizeAllowed. */
  KEY_TOO_LONG("KeyTooLongError", 400, "Your key is too long"),
  /** Details: Size, MaxSizeAllowed. */
  METADATA_TOO_LARGE(
      "MetadataTooLarge", 400, "Your metadata headers exceed the maximum allowed metadata size"),
  /** Details: Condition (the header that did not hold). */
  PRECONDITION_FAILED(
      "PreconditionFailed", 412, "At least one of the pre-conditions you specified did not hold"),
  /** Details: RangeRequested, ActualObjectSize; header Content-Range: bytes {@code *}/size. */
  INVALID_RANGE("InvalidRange", 416, "The requested range is not satisfiable"),
  /** Details: PartNumberRequested, ActualPartCount. */
  INVALID_PART_NUMBER("InvalidPartNumber", 416, "The requested partnumber is not satisfiable"),
  /** Details: StorageClassRequested. */
  INVALID_STORAGE_CLASS("InvalidStorageClass", 400, "The storage class you specified is not valid"),
  TOO_MANY_TAGS("BadRequest", 400, "Object tags cannot be greater than 10"),
  /** GetObject of an archived object; details: StorageClass. */
  INVALID_OBJECT_STATE(
      "InvalidObjectState", 403, "The operation is not valid for the object's storage class"),
  INVALID_ENCRYPTION_ALGORITHM(
      "InvalidEncryptionAlgorithmError",
      400,
      "The encryption request you specified is not valid. Supported value: AES256."),
  /** A header S3 knows but not with that value; details: Header. */
  HEADER_NOT_IMPLEMENTED(
      "NotImplemented", 501, "A header you provided implies functionality that is not implemented"),
  NO_SUCH_BUCKET("NoSuchBucket", 404, "The specified bucket does not exist"),
  NO_SUCH_KEY("NoSuchKey", 404, "The specified key does not exist."),
  // CopyObject, RenameObject, DeleteObjects, GetObjectAttributes (WP6).
  /** Details: ArgumentName, ArgumentValue. */
  INVALID_COPY_SOURCE_ENCODING("InvalidArgument", 400, "Invalid copy source encoding"),
  /** Details: ArgumentName x-amz-metadata-directive, ArgumentValue. */
  UNKNOWN_METADATA_DIRECTIVE("InvalidArgument", 400, "Unknown metadata directive."),
  /** Details: ArgumentName x-amz-tagging-directive, ArgumentValue. */
  UNKNOWN_TAGGING_DIRECTIVE("InvalidArgument", 400, "Unknown tagging directive."),
  COPY_TO_ITSELF(
      "InvalidRequest",
      400,
      "This copy request is illegal because it is trying to copy an object to itself without"
          + " changing the object's metadata, storage class, website redirect location or"
          + " encryption attributes."),
  /** A copy of an archived (GLACIER, DEEP_ARCHIVE) object; details: StorageClass. */
  INVALID_SOURCE_OBJECT_STATE(
      "InvalidObjectState", 403, "Operation is not valid for the source object's storage class"),
  UNSUPPORTED_CHECKSUM_ALGORITHM(
      "InvalidRequest",
      400,
      "Checksum algorithm provided is unsupported. Please try again with any of the valid types:"
          + " [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"),
  /**
   * Formatted with the header as AWS names it: {@code Content-Md5} for a DeleteObjects request with
   * neither Content-MD5 nor an x-amz-checksum-* value.
   */
  MISSING_REQUIRED_HEADER("InvalidRequest", 400, "Missing required header for this request: %s."),
  /** moto4j's wording: AWS renames only in directory buckets, which are one bucket each. */
  RENAME_ACROSS_BUCKETS(
      "InvalidRequest", 400, "The rename source must be an object of the destination bucket."),
  /** moto4j's wording for the model's constraint; details: ArgumentName, ArgumentValue. */
  INVALID_CLIENT_TOKEN(
      "InvalidArgument",
      400,
      "The client token must be 1 to 64 ASCII characters in the range 33 to 126."),
  OBJECT_ATTRIBUTES_MISSING(
      "InvalidRequest",
      400,
      "The x-amz-object-attributes header specifying the attributes to be retrieved is either"
          + " missing or empty"),
  /** Details: ArgumentName x-amz-object-attributes, ArgumentValue (the name). */
  INVALID_OBJECT_ATTRIBUTE("InvalidArgument", 400, "Invalid attribute name specified."),
  /** A RenameObject retry whose client token was used with other parameters. */
  IDEMPOTENCY_PARAMETER_MISMATCH(
      "IdempotencyParameterMismatch",
      400,
      "Parameters on this idempotent request are inconsistent with parameters used in previous"
          + " request(s)."),
  // Multipart uploads (WP5) and copy sources (shared with CopyObject). Details in comments.
  /** Details: UploadId. */
  NO_SUCH_UPLOAD(
      "NoSuchUpload",
      404,
      "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
          + " been aborted or completed."),
  /** Details: UploadId, PartNumber, ETag (unquoted). AWS's wording, its double space included. */
  INVALID_PART(
      "InvalidPart",
      400,
      "One or more of the specified parts could not be found.  The part may not have been"
          + " uploaded, or the specified entity tag may not match the part's entity tag."),
  /** Details: UploadId. */
  INVALID_PART_ORDER(
      "InvalidPartOrder",
      400,
      "The list of parts was not in ascending order. Parts must be ordered by part number."),
  /** A {@code partNumber} outside 1-10,000; details: ArgumentName, ArgumentValue. */
  PART_NUMBER_OUT_OF_RANGE(
      "InvalidArgument", 400, "Part number must be an integer between 1 and 10000, inclusive"),
  /** Formatted with the upload's algorithm (lower case) and the part number. */
  MISSING_PART_CHECKSUM(
      "InvalidRequest",
      400,
      "The upload was created using a %s checksum. The complete request must include the checksum"
          + " for each part. It was missing for part %s in the request."),
  /** Formatted with the upload's algorithm and the part's, lower case. */
  PART_CHECKSUM_TYPE_MISMATCH(
      "InvalidRequest",
      400,
      "Checksum Type mismatch occurred, expected checksum Type: %s, actual checksum Type: %s"),
  /** Formatted with the checksum type and the algorithm (lower case) it does not go with. */
  CHECKSUM_TYPE_NOT_SUPPORTED(
      "InvalidRequest", 400, "The %s checksum type cannot be used with the %s checksum algorithm."),
  CHECKSUM_TYPE_WITHOUT_ALGORITHM(
      "InvalidRequest",
      400,
      "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header."),
  /** CompleteMultipartUpload naming another checksum type than the upload's; formatted with it. */
  CHECKSUM_TYPE_MISMATCH(
      "BadDigest",
      400,
      "The upload was created using the %s checksum type. The complete request must use the same"
          + " checksum type."),
  /** Formatted with the size the request gave and the size of the parts. */
  MPU_OBJECT_SIZE_MISMATCH(
      "InvalidRequest",
      400,
      "The provided 'x-amz-mp-object-size' header value %s does not match what was computed: %s"),
  PART_ENCRYPTION_MISSING(
      "InvalidRequest",
      400,
      "The multipart upload initiate requested encryption. Subsequent part requests must include"
          + " the appropriate encryption parameters."),
  PART_ENCRYPTION_MISMATCH(
      "InvalidRequest",
      400,
      "The provided encryption parameters did not match the ones used originally."),
  /** Details: ArgumentName, ArgumentValue. */
  INVALID_COPY_SOURCE(
      "InvalidArgument",
      400,
      "Copy Source must mention the source bucket and key: sourcebucket/sourcekey"),
  /** Details: ArgumentName (versionId), ArgumentValue. */
  INVALID_VERSION_ID("InvalidArgument", 400, "Invalid version id specified"),
  /** Details: Key, VersionId. */
  NO_SUCH_VERSION("NoSuchVersion", 404, "The specified version does not exist."),
  // Versioning (PutBucketVersioning, version ids, delete markers, ListObjectVersions).
  /** Details: ArgumentName (versionId), ArgumentValue (empty). */
  EMPTY_VERSION_ID("InvalidArgument", 400, "Version id cannot be the empty string"),
  /** PutBucketVersioning or a version delete on an MFA-delete bucket without {@code x-amz-mfa}. */
  MFA_REQUIRED("AccessDenied", 403, "Mfa Authentication must be used for this request"),
  /** CopyObject/UploadPartCopy whose source versionId names a delete marker. */
  COPY_SOURCE_DELETE_MARKER(
      "InvalidRequest",
      400,
      "The source of a copy request may not specifically refer to a delete marker by version id."),
  /** Details: ArgumentName (version-id-marker), ArgumentValue. */
  VERSION_ID_MARKER_WITHOUT_KEY_MARKER(
      "InvalidArgument", 400, "A version-id marker cannot be specified without a key marker."),
  /** Formatted with the limit in bytes. */
  COPY_SOURCE_TOO_LARGE(
      "InvalidRequest",
      400,
      "The specified copy source is larger than the maximum allowable size for a copy source: %s"),
  /** Details: ArgumentName, ArgumentValue. */
  COPY_SOURCE_RANGE_MALFORMED(
      "InvalidArgument",
      400,
      "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last"
          + " are the zero-based offsets of the first and last bytes to copy"),
  /** Formatted with the source's size; details: ArgumentName, ArgumentValue. */
  COPY_SOURCE_RANGE_NOT_SATISFIABLE(
      "InvalidArgument", 400, "Range specified is not valid for source object of size: %s"),
  /** A paging argument (max-parts, max-uploads, part-number-marker); formatted with its name. */
  ARGUMENT_NOT_AN_INTEGER(
      "InvalidArgument", 400, "Provided %s not an integer or within integer range"),
  /** A negative paging argument; formatted with its name. */
  NEGATIVE_ARGUMENT(
      "InvalidArgument", 400, "Argument %s must be an integer between 0 and 2147483647"),
  // Bucket configurations, tagging and CORS (issue 6, slice A).
  MISSING_REQUEST_BODY("MissingRequestBodyError", 400, "Request Body is empty"),
  /** Details: BucketName. */
  NO_SUCH_TAG_SET("NoSuchTagSet", 404, "The TagSet does not exist"),
  /** Details: TagKey. */
  INVALID_TAG_KEY("InvalidTag", 400, "The TagKey you have provided is invalid"),
  /** Details: TagKey, TagValue. */
  INVALID_TAG_VALUE("InvalidTag", 400, "The TagValue you have provided is invalid"),
  /** Details: TagKey. */
  DUPLICATE_TAG_KEYS("InvalidTag", 400, "Cannot provide multiple Tags with the same key"),
  /** Details: TagKey. */
  SYSTEM_TAG_KEY("InvalidTag", 400, "System tags cannot be added/updated by requester"),
  /** moto4j's wording for S3's limit of 50 bucket tags (AWS's text not confirmed). */
  TOO_MANY_BUCKET_TAGS("BadRequest", 400, "Bucket tag count cannot be greater than 50"),
  /** Details: BucketName. */
  NO_SUCH_CORS_CONFIGURATION(
      "NoSuchCORSConfiguration", 404, "The CORS configuration does not exist"),
  /** Formatted with the method. */
  CORS_UNSUPPORTED_METHOD(
      "InvalidRequest",
      400,
      "Found unsupported HTTP method in CORS config. Unsupported method is %s"),
  /** Formatted with the element (AllowedOrigin, AllowedHeader) and its value. */
  CORS_TOO_MANY_WILDCARDS("InvalidRequest", 400, "%s \"%s\" can not have more than one wildcard."),
  /** A preflight to a bucket without CORS rules; details: Method, ResourceType. */
  CORS_NOT_ENABLED("AccessForbidden", 403, "CORSResponse: CORS is not enabled for this bucket."),
  /** A preflight no rule allows; details: Method, ResourceType. AWS's wording, typo included. */
  CORS_NOT_ALLOWED(
      "AccessForbidden",
      403,
      "CORSResponse: This CORS request is not allowed. This is usually because the evalution of"
          + " Origin, request method / Access-Control-Request-Method or"
          + " Access-Control-Request-Headers are not whitelisted by the resource's CORS spec."),
  /** A preflight to a bucket that does not exist; details: Method, ResourceType. */
  CORS_BUCKET_NOT_FOUND("AccessForbidden", 403, "CORSResponse: Bucket not found"),
  CORS_ORIGIN_MISSING("BadRequest", 400, "Insufficient information. Origin request header needed."),
  /** Formatted with the method as sent, {@code null} when missing. */
  CORS_INVALID_REQUEST_METHOD("BadRequest", 400, "Invalid Access-Control-Request-Method: %s"),
  /** Details: BucketName. */
  NO_SUCH_LIFECYCLE_CONFIGURATION(
      "NoSuchLifecycleConfiguration", 404, "The lifecycle configuration does not exist"),
  /** Details: BucketName. */
  NO_SUCH_WEBSITE_CONFIGURATION(
      "NoSuchWebsiteConfiguration",
      404,
      "The specified bucket does not have a website configuration"),
  /** An analytics, metrics, inventory or intelligent-tiering id the bucket does not have. */
  NO_SUCH_CONFIGURATION("NoSuchConfiguration", 404, "The specified configuration does not exist."),
  TOO_MANY_CONFIGURATIONS(
      "TooManyConfigurations",
      400,
      "You are attempting to create a new configuration but have already reached the"
          + " 1,000-configuration limit."),
  /** Formatted with the complaint; details: TargetBucket. */
  INVALID_TARGET_BUCKET_FOR_LOGGING("InvalidTargetBucketForLogging", 400, "%s"),
  /** AWS's spelling of the code; details: TargetBucketLocation. */
  CROSS_LOCATION_LOGGING_PROHIBITED(
      "CrossLocationLoggingProhibitted", 403, "Cross S3 location logging not allowed. "),
  // SELECT helper: RestoreObject, GetObjectTorrent, SelectObjectContent (issue 6 slice B).
  /** RestoreObject on an object that is not archived (AWS's wording, from its answers). */
  RESTORE_NOT_ALLOWED(
      "InvalidObjectState", 403, "Restore is not allowed for the object's current storage class"),
  /** The model's ObjectAlreadyInActiveTierError: restoring an INTELLIGENT_TIERING object. */
  OBJECT_ALREADY_IN_ACTIVE_TIER(
      "ObjectAlreadyInActiveTierError",
      403,
      "This operation is not allowed against this storage tier."),
  RESTORE_ALREADY_IN_PROGRESS(
      "RestoreAlreadyInProgress", 409, "Object restore is already in progress"),
  /**
   * moto4j's wording (not confirmed): S3 Glacier Select ({@code Type=SELECT}) is closed to new
   * customers, and moto4j does not run it.
   */
  RESTORE_SELECT_UNSUPPORTED(
      "InvalidArgument", 400, "Select type restore requests (Type SELECT) are not supported."),
  /** Details: ArgumentName, ArgumentValue; moto4j's wording (not confirmed). */
  INVALID_RESTORE_DAYS("InvalidArgument", 400, "Days must be a positive integer."),
  /** AWS's wording as clients report it. */
  TORRENT_TOO_LARGE(
      "InvalidRequest",
      400,
      "Torrent creation is not supported for objects larger than 5368709120"),
  /** moto4j's wording (not confirmed): AWS documents that SSE-C objects have no torrent. */
  TORRENT_OF_ENCRYPTED_OBJECT(
      "InvalidRequest",
      400,
      "Torrent creation is not supported for objects encrypted with a customer-provided key"),
  // SelectObjectContent request and SQL errors: codes and messages from AWS's list of SELECT
  // Object Content error codes.
  SELECT_EMPTY_REQUEST_BODY("EmptyRequestBody", 400, "The request body cannot be empty."),
  SELECT_MISSING_REQUIRED_PARAMETER(
      "MissingRequiredParameter",
      400,
      "The SelectRequest entity is missing a required parameter. Check the service documentation"
          + " and try again."),
  SELECT_INVALID_EXPRESSION_TYPE(
      "InvalidExpressionType",
      400,
      "The ExpressionType value is not valid. Only SQL expressions are supported."),
  SELECT_INVALID_FILE_HEADER_INFO(
      "InvalidFileHeaderInfo",
      400,
      "The FileHeaderInfo value is not valid. Only NONE, USE, and IGNORE are supported."),
  SELECT_INVALID_JSON_TYPE(
      "InvalidJsonType",
      400,
      "The JsonType value is not valid. Only DOCUMENT and LINES are supported."),
  SELECT_INVALID_QUOTE_FIELDS(
      "InvalidQuoteFields",
      400,
      "The QuoteFields value is not valid. Only ALWAYS and ASNEEDED are supported."),
  SELECT_INVALID_REQUEST_PARAMETER(
      "InvalidRequestParameter",
      400,
      "The value of a parameter in the SelectRequest element is not valid. Check the service API"
          + " documentation and try again."),
  SELECT_SERIALIZATION_CONFLICT(
      "ObjectSerializationConflict",
      400,
      "InputSerialization specifies more than one format (CSV, JSON, or Parquet), or"
          + " OutputSerialization specifies more than one format (CSV or JSON). For"
          + " InputSerialization and OutputSerialization, you can specify only one format for each."),
  /** Formatted with what moto4j cannot read; the code is AWS's, the wording moto4j's. */
  SELECT_INVALID_COMPRESSION_FORMAT("InvalidCompressionFormat", 400, "%s"),
  /** Formatted with what moto4j cannot read; the code is AWS's, the wording moto4j's. */
  SELECT_INVALID_DATA_SOURCE("InvalidDataSource", 400, "%s"),
  SELECT_UNSUPPORTED_SCAN_RANGE(
      "UnsupportedScanRangeInput",
      400,
      "Scan range queries are not supported on this type of object."),
  SELECT_UNSUPPORTED_RANGE_HEADER(
      "UnsupportedRangeHeader", 400, "A range header is not supported for this operation."),
  SELECT_UNSUPPORTED_STORAGE_CLASS(
      "UnsupportedStorageClass",
      400,
      "The storage class is not supported. Only STANDARD, STANDARD_IA, and ONEZONE_IA storage"
          + " classes are supported."),
  SELECT_EXPRESSION_TOO_LONG(
      "ExpressionTooLong",
      400,
      "The SQL expression is too long. The maximum byte-length for an SQL expression is 256 KB."),
  SELECT_LEXER_INVALID_CHAR(
      "LexerInvalidChar", 400, "The SQL expression contains a character that is not valid."),
  SELECT_PARSE_UNEXPECTED_TOKEN(
      "ParseUnexpectedToken", 400, "The SQL expression contains an unexpected token."),
  SELECT_PARSE_UNEXPECTED_KEYWORD(
      "ParseUnExpectedKeyword", 400, "The SQL expression contains an unexpected keyword."),
  SELECT_PARSE_EXPECTED_EXPRESSION(
      "ParseExpectedExpression", 400, "The expected SQL expression was not found."),
  SELECT_PARSE_EXPECTED_TOKEN_TYPE(
      "ParseExpectedTokenType", 400, "The expected token in the SQL expression was not found."),
  SELECT_PARSE_EXPECTED_TYPE_NAME(
      "ParseExpectedTypeName", 400, "The expected type name in the SQL expression was not found."),
  SELECT_PARSE_EXPECTED_NUMBER(
      "ParseExpectedNumber", 400, "The expected number in the SQL expression was not found."),
  SELECT_PARSE_EMPTY_SELECT(
      "ParseEmptySelect", 400, "The SQL expression contains an empty SELECT clause."),
  SELECT_PARSE_MISSING_FROM(
      "ParseSelectMissingFrom",
      400,
      "The SQL expression contains a missing FROM after the SELECT list."),
  SELECT_PARSE_ASTERISK_NOT_ALONE(
      "ParseAsteriskIsNotAloneInSelectList",
      400,
      "Other expressions are not allowed in the SELECT list when * is used without dot notation in"
          + " the SQL expression."),
  SELECT_PARSE_INVALID_PATH_COMPONENT(
      "ParseInvalidPathComponent",
      400,
      "The SQL expression contains a path component that is not valid."),
  SELECT_PARSE_UNSUPPORTED_CALL_WITH_STAR(
      "ParseUnsupportedCallWithStar",
      400,
      "Only COUNT with (*) as a parameter is supported in the SQL expression."),
  SELECT_PARSE_MALFORMED_JOIN(
      "ParseMalformedJoin", 400, "JOIN is not supported in the SQL expression."),
  SELECT_UNSUPPORTED_FUNCTION(
      "UnsupportedFunction", 400, "S3 encountered an unsupported SQL function."),
  SELECT_UNSUPPORTED_SQL_STRUCTURE(
      "UnsupportedSqlStructure",
      400,
      "S3 encountered an unsupported SQL structure. Check the SQL Reference."),
  SELECT_EVALUATOR_INVALID_ARGUMENTS(
      "EvaluatorInvalidArguments",
      400,
      "There is an incorrect number of arguments in the function call in the SQL expression."),
  SELECT_NEGATIVE_LIMIT("EvaluatorNegativeLimit", 400, "LIMIT must not be negative."),
  SELECT_LIKE_INVALID_ESCAPE(
      "EvaluatorLikePatternInvalidEscapeSequence",
      400,
      "An argument given to the LIKE expression was not valid."),
  // Errors met while reading the records: sent as an error event in the 200 response's stream.
  SELECT_CAST_FAILED(
      "CastFailed",
      400,
      "An attempt to convert from one data type to another using CAST failed in the SQL"
          + " expression."),
  SELECT_CSV_PARSING_ERROR(
      "CSVParsingError",
      400,
      "An error occurred while parsing the CSV file. Check the file and try again."),
  SELECT_CSV_ESCAPING_RECORD_DELIMITER(
      "CSVEscapingRecordDelimiter",
      400,
      "A quoted record delimiter was found in the file. To allow quoted record delimiters, set"
          + " AllowQuotedRecordDelimiter to 'TRUE'."),
  SELECT_JSON_PARSING_ERROR(
      "JSONParsingError",
      400,
      "An error occurred while parsing the JSON file. Check the file and try again."),
  SELECT_TRUNCATED_INPUT(
      "TruncatedInput",
      400,
      "Object decompression failed. Check that the object is properly compressed using the format"
          + " specified in the request."),
  SELECT_OVER_MAX_RECORD_SIZE(
      "OverMaxRecordSize",
      400,
      "The length of a record in the input or result is greater than the maxCharsPerRecord limit"
          + " of 1 MB."),
  // Object Lock and replication (issue 6, slice B). Messages from recordings of S3 (LocalStack's
  // snapshots, versitygw's and S3Mock's comparisons with S3).
  /** Details: BucketName. */
  OBJECT_LOCK_CONFIGURATION_NOT_FOUND(
      "ObjectLockConfigurationNotFoundError",
      404,
      "Object Lock configuration does not exist for this bucket"),
  /** PutObjectLockConfiguration on a bucket whose versioning is not Enabled. */
  OBJECT_LOCK_NEEDS_VERSIONING(
      "InvalidBucketState",
      409,
      "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration"),
  /** PutBucketVersioning other than Enabled on an Object Lock bucket. */
  OBJECT_LOCK_KEEPS_VERSIONING(
      "InvalidBucketState",
      409,
      "An Object Lock configuration is present on this bucket, so the versioning state cannot be"
          + " changed."),
  /** Retention and legal-hold operations on a bucket without Object Lock. */
  OBJECT_LOCK_MISSING("InvalidRequest", 400, "Bucket is missing Object Lock Configuration"),
  /** Lock headers on an object write (PutObject, CopyObject, CreateMultipartUpload): S3's text. */
  OBJECT_LOCK_MISSING_FOR_WRITE("InvalidRequest", 400, "Bucket is missing ObjectLockConfiguration"),
  /** A version without retention (or without legal hold); AWS's grammar. */
  NO_SUCH_OBJECT_LOCK_CONFIGURATION(
      "NoSuchObjectLockConfiguration",
      404,
      "The specified object does not have a ObjectLock configuration"),
  /** Deleting, shortening or unlocking a protected version. */
  OBJECT_LOCKED("AccessDenied", 403, "Access Denied because object protected by object lock."),
  /** Details: ArgumentName, ArgumentValue. */
  RETAIN_UNTIL_DATE_IN_PAST("InvalidArgument", 400, "The retain until date must be in the future!"),
  /** Details: ArgumentName, ArgumentValue. */
  RETAIN_UNTIL_DATE_MALFORMED(
      "InvalidArgument", 400, "The retain until date must be provided in ISO 8601 format"),
  /** Details: ArgumentName (the header missing), ArgumentValue. */
  OBJECT_LOCK_HEADERS_INCOMPLETE(
      "InvalidArgument",
      400,
      "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied"),
  /** Details: ArgumentName x-amz-object-lock-mode, ArgumentValue. */
  UNKNOWN_OBJECT_LOCK_MODE("InvalidArgument", 400, "Unknown wormMode directive."),
  /** Details: ArgumentName x-amz-object-lock-legal-hold, ArgumentValue. */
  INVALID_LEGAL_HOLD("InvalidArgument", 400, "Legal Hold must be either of 'ON' or 'OFF'"),
  /** Details: ArgumentName (Days or Years). */
  DEFAULT_RETENTION_NOT_POSITIVE(
      "InvalidArgument", 400, "Default retention period must be a positive integer value."),
  /** Beyond 36,500 days or 100 years; details: ArgumentName (Days or Years). */
  DEFAULT_RETENTION_TOO_LARGE("InvalidArgument", 400, "Default retention period too large."),
  OBJECT_LOCK_CHECKSUM_REQUIRED(
      "InvalidRequest",
      400,
      "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object"
          + " Lock parameters"),
  /** Details: ArgumentName x-amz-bypass-governance-retention, ArgumentValue. */
  BYPASS_WITHOUT_OBJECT_LOCK(
      "InvalidArgument",
      400,
      "x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets."),
  REPLICATION_NEEDS_VERSIONING(
      "InvalidRequest",
      400,
      "Versioning must be 'Enabled' on the bucket to apply a replication configuration"),
  /** Details: BucketName. */
  REPLICATION_CONFIGURATION_NOT_FOUND(
      "ReplicationConfigurationNotFoundError", 404, "The replication configuration was not found"),
  // ACLs, Object Ownership, Block Public Access, bucket policies (issue 6, ACCESS).
  /** moto's text; rgw answers InvalidRequest too. */
  ACL_AND_GRANTS(
      "InvalidRequest", 400, "Specifying both Canned ACLs and Header Grants is not allowed"),
  /** Details: ArgumentName x-amz-acl, ArgumentValue. moto4j's wording (AWS's not confirmed). */
  INVALID_CANNED_ACL("InvalidArgument", 400, "Invalid canned ACL"),
  /** Details: ArgumentName (the header), ArgumentValue. */
  GRANT_FORMAT_NOT_RECOGNIZED("InvalidArgument", 400, "Argument format not recognized"),
  /** Details: ArgumentName CanonicalUser/ID, ArgumentValue. */
  INVALID_GRANTEE_ID("InvalidArgument", 400, "Invalid id"),
  /** Details: ArgumentName Group/URI, ArgumentValue. */
  INVALID_GROUP_URI("InvalidArgument", 400, "Invalid group uri"),
  /**
   * An e-mail grantee: AWS discontinued them on October 1, 2025 and answers 405 (its API reference
   * names the status only; the message is S3's usual 405 text). Details: Method, ResourceType.
   */
  EMAIL_GRANTEE_NOT_SUPPORTED(
      "MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
  MALFORMED_ACL(
      "MalformedACLError",
      400,
      "The XML you provided was not well-formed or did not validate against our published schema"),
  /** PutBucketAcl/PutObjectAcl with neither headers nor body; details: MissingHeaderName. */
  MISSING_SECURITY_HEADER(
      "MissingSecurityHeader", 400, "Your request was missing a required header"),
  /** PutBucketAcl/PutObjectAcl with both ACL headers and a body. */
  UNEXPECTED_CONTENT("UnexpectedContent", 400, "This request does not support content"),
  ACL_NOT_SUPPORTED("AccessControlListNotSupported", 400, "The bucket does not allow ACLs"),
  INVALID_BUCKET_ACL_WITH_OWNERSHIP(
      "InvalidBucketAclWithObjectOwnership",
      400,
      "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting"),
  /** Details: ArgumentName x-amz-object-ownership, ArgumentValue. moto4j's wording. */
  INVALID_OBJECT_OWNERSHIP("InvalidArgument", 400, "Invalid x-amz-object-ownership header"),
  /** Details: BucketName. */
  OWNERSHIP_CONTROLS_NOT_FOUND(
      "OwnershipControlsNotFoundError", 404, "The bucket ownership controls were not found"),
  /** Details: BucketName. */
  NO_SUCH_PUBLIC_ACCESS_BLOCK(
      "NoSuchPublicAccessBlockConfiguration",
      404,
      "The public access block configuration was not found"),
  /** moto's answer for a configuration without any setting. */
  PUBLIC_ACCESS_BLOCK_EMPTY("InvalidRequest", 400, "Must specify at least one configuration."),
  /** Details: BucketName. */
  NO_SUCH_BUCKET_POLICY("NoSuchBucketPolicy", 404, "The bucket policy does not exist"),
  /** Formatted with S3's complaint (see BucketPolicyRules). */
  MALFORMED_POLICY("MalformedPolicy", 400, "%s"),
  /** A bucket without an S3 Metadata configuration (code as AWS answers; message not confirmed). */
  METADATA_CONFIGURATION_NOT_FOUND(
      "MetadataConfigurationNotFound", 404, "The specified metadata configuration does not exist."),
  /** A second S3 Metadata configuration for a bucket (code and message not confirmed). */
  METADATA_CONFIGURATION_EXISTS(
      "InvalidRequest", 400, "The bucket already has a metadata configuration."),
  /** Object annotations: codes from the model, messages from the model's descriptions. */
  NO_SUCH_ANNOTATION(
      "NoSuchAnnotation", 404, "The specified annotation does not exist on this object."),
  ANNOTATION_NAME_TOO_LONG("AnnotationNameTooLong", 400, "The annotation name exceeds 512 bytes."),
  ANNOTATION_LIMIT_EXCEEDED(
      "AnnotationLimitExceeded",
      400,
      "The request would exceed the maximum number of annotations allowed per object."),
  INVALID_ANNOTATION_NAME(
      "InvalidAnnotationName", 400, "The annotation name you provided is invalid."),
  UNSUPPORTED_MEDIA_TYPE(
      "UnsupportedMediaType", 415, "The annotation payload is not valid UTF-8 encoded text."),
  /** Formatted with the operation's name. */
  NOT_IMPLEMENTED("NotImplemented", 501, "The %s operation is not implemented by moto4j.");

  private final String code;
  private final int status;
  private final String message;

  S3Errors(String code, int status, String message) {
    this.code = code;
    this.status = status;
    this.message = message;
  }

  /** AWS's error code, such as {@code NoSuchBucket}. */
  public String code() {
    return code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The message, or its template when the message names a value. */
  public String message() {
    return message;
  }

  /** The error to throw; {@code arguments} fill the message template. */
  public AwsException exception(Object... arguments) {
    String text = arguments.length == 0 ? message : String.format(message, arguments);
    return new AwsException(code, status, text);
  }
}
