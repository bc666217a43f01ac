package org.moto4j.s3.internal.post;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountResolver;
import org.moto4j.core.access.AccessControl;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.auth.RequestCredentials;
import org.moto4j.core.auth.SignatureVerifier;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.protocol.Protocol;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Addressing;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.lock.ObjectLockHeaders;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.UploadAttributes;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.UploadIntegrity;
import org.moto4j.s3.internal.objects.WriteConditions;
import org.moto4j.s3.internal.policy.ExplicitDenials;
import org.moto4j.s3.internal.tagging.TagSets;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code POST /bucket} with a {@code multipart/form-data} body: a browser-form upload (S3's "POST
 * Object", which the API model does not describe). The fields before the {@code file} part are read
 * into memory, at most 20 KiB as S3 allows; the file streams into storage as it arrives, held to
 * the policy's {@code content-length-range}; fields after it are ignored, as S3 ignores them.
 *
 * <p>The {@code policy} is checked (expiration, conditions, fields it does not name). With access
 * control enforced, the form's signature of its policy is verified as S3 verifies it (SigV4 or
 * SigV2, with {@code x-amz-security-token} for a session key), and its signer (else the anonymous
 * caller) must be allowed {@code s3:PutObject} on the key; unenforced, no signature is verified, as
 * moto verifies none. The account is the request's, else the one of the form's access key ({@code
 * x-amz-credential} or {@code AWSAccessKeyId}), resolved like any other.
 */
public final class PostObject implements S3Operation {

  /** The most bytes the form may take before its file's content, boundaries included. */
  static final int MAX_PRE_DATA_BYTES = 20 * 1024;

  /** The largest object a single upload may store. */
  static final long MAX_OBJECT_BYTES = 5L * 1024 * 1024 * 1024;

  // The fields a signed form carries all of or none of, in the order S3 asks for them.
  private static final List<String> SIGV4_FIELDS =
      List.of("X-Amz-Signature", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date");
  private static final List<String> SIGV2_FIELDS = List.of("Signature", "AWSAccessKeyId");

  private final BucketAccess access;
  private final S3Addressing addressing;
  private final ObjectWriter writer;
  private final AccountResolver accounts;
  private final Clock clock;
  private final AccessControl accessControl;
  private final SignatureVerifier signatures;

  @Inject
  public PostObject(
      BucketAccess access,
      S3Addressing addressing,
      ObjectWriter writer,
      AccountResolver accounts,
      Clock clock,
      AccessControl accessControl,
      SignatureVerifier signatures) {
    this.access = access;
    this.addressing = addressing;
    this.writer = writer;
    this.accounts = accounts;
    this.clock = clock;
    this.accessControl = accessControl;
    this.signatures = signatures;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    String contentType = request.header("Content-Type");
    if (!MultipartFormReader.isFormData(contentType)) {
      throw S3Errors.PRECONDITION_FAILED
          .exception()
          .with("Condition", "Bucket POST must be of the enclosure-type multipart/form-data");
    }
    String boundary = MultipartFormReader.boundary(contentType);
    if (boundary == null) {
      throw S3Errors.MALFORMED_POST_REQUEST.exception();
    }
    // The body stays open: on an error the router reads what is left of a small one.
    InputStream body = request.body();
    try {
      MultipartFormReader form = new MultipartFormReader(body, boundary, MAX_PRE_DATA_BYTES);
      FormFields fields = new FormFields();
      MultipartFormReader.Part file = readUntilFile(form, fields);
      MotoResponse response = upload(request, context, fields, file);
      discardAfterFile(body);
      return response;
    } catch (MalformedFormException.TooLarge e) {
      throw preDataTooLarge();
    } catch (MalformedFormException e) {
      throw S3Errors.MALFORMED_POST_REQUEST.exception();
    } catch (IOException e) {
      // The client's body failed while the fields were read.
      throw S3Errors.INCOMPLETE_BODY.exception();
    }
  }

  /**
   * Reads through what follows the file (ignored fields, the closing delimiter), a little of it at
   * most, so that a client still sending it gets the answer rather than a closed connection.
   */
  private static void discardAfterFile(InputStream body) {
    try {
      body.readNBytes(MAX_PRE_DATA_BYTES);
    } catch (IOException e) {
      // The client went away after its file: the object is stored all the same.
    }
  }

  /** Reads the fields up to the {@code file} part and returns it, its content unread. */
  private static MultipartFormReader.Part readUntilFile(MultipartFormReader form, FormFields fields)
      throws IOException {
    for (MultipartFormReader.Part part; (part = form.next()) != null; ) {
      if (form.position() > MAX_PRE_DATA_BYTES) {
        throw preDataTooLarge();
      }
      if (part.isFormData() && part.name().equalsIgnoreCase("file")) {
        return part;
      }
      byte[] value = part.content().readNBytes(MAX_PRE_DATA_BYTES + 1);
      if (form.position() > MAX_PRE_DATA_BYTES) {
        throw preDataTooLarge();
      }
      fields.add(part.name(), new String(value, StandardCharsets.UTF_8));
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("POST requires exactly one file upload per request.")
        .with("ArgumentName", "file")
        .with("ArgumentValue", "0");
  }

  private MotoResponse upload(
      S3Request request, AccountContext context, FormFields fields, MultipartFormReader.Part file) {
    String key = fields.get("key");
    if (key == null || key.isEmpty()) {
      throw missingField("key");
    }
    checkSignatureFields(fields);
    if (file.filename() != null) {
      // A browser may send a path: S3 keeps what follows the last slash or backslash.
      String name = file.filename();
      fields.expandFilename(
          name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
      key = fields.get("key");
      if (key.isEmpty()) {
        throw missingField("key");
      }
    }
    boolean enforcing = accessControl.isEnforcing();
    IssuedCredential signer = enforcing ? verifySignature(fields) : null;
    AccountContext caller = formCaller(request, context, fields);
    Bucket bucket = access.forObjects(request.bucket(), caller);
    // A form signed in an Authorization header was authorised on bucket/* by the dispatcher.
    if (enforcing && request.header("Authorization") == null) {
      accessControl.authorize(
          request.http(),
          signer,
          caller,
          Protocol.REST_XML,
          new RequiredPermission(
              "s3:PutObject",
              "arn:" + caller.partition() + ":s3:::" + bucket.name() + "/" + key,
              bucket.owner(),
              Map.of("s3:authType", ContextValue.string("POST"))));
    }
    // A bucket policy's explicit Deny of s3:PutObject refuses form uploads too.
    ExplicitDenials.checkObject(bucket, key, "s3:PutObject", caller);

    long min = 0;
    long max = MAX_OBJECT_BYTES;
    String policyField = fields.get("policy");
    if (policyField != null) {
      PostPolicy policy = PostPolicy.parse(policyField);
      policy.checkNotExpired(clock.instant());
      policy.checkFields(fields.asMap(), bucket.name());
      PostPolicy.ContentLengthRange range = policy.contentLengthRange();
      if (range != null) {
        min = range.min();
        max = Math.min(range.max(), MAX_OBJECT_BYTES);
      }
    }

    UploadFields uploadFields = UploadFields.of(fields.asMap());
    ObjectAttributes attributes =
        UploadAttributes.read(uploadFields)
            .withLock(ObjectLockHeaders.forUpload(uploadFields, bucket, request.receivedAt()));
    AccessSettings.checkSettable(bucket, attributes.acl(), CanonicalIds.of(caller.account()));
    // A form names its tags in a Tagging document, not in x-amz-tagging's query form.
    String tagging = fields.get("tagging");
    if (tagging != null) {
      attributes = attributes.withTags(TagSets.parseObjectTags(tagging));
    }
    ObjectEncryption encryption =
        EncryptionHeaders.forUpload(uploadFields, bucket, caller.account());
    UploadIntegrity integrity = UploadIntegrity.of(uploadFields, Map::of);
    StoredObject stored =
        store(
            bucket,
            new ObjectWriter.Upload(
                key, caller.account(), attributes, encryption, integrity, WriteConditions.NONE),
            new PostedFile(file.content(), min, max));
    boolean virtualHosted = !addressing.isPathStyle(request.http().host());
    return Versions.describe(
        PostObjectAnswer.of(request, virtualHosted, bucket.name(), stored, fields), bucket, stored);
  }

  /** The one call that makes the upload an object, through the writer every upload goes by. */
  private StoredObject store(Bucket bucket, ObjectWriter.Upload upload, InputStream file) {
    return writer.store(bucket, upload, file, -1);
  }

  /**
   * The caller: the request's own account when it was signed or named one, else the account of the
   * access key the form was signed with.
   */
  private AccountContext formCaller(S3Request request, AccountContext context, FormFields fields) {
    if (context.accessKeyId() != null) {
      return context;
    }
    String accessKey = fields.get("AWSAccessKeyId");
    String credential = fields.get("X-Amz-Credential");
    if (credential != null) {
      accessKey =
          credential.contains("/") ? credential.substring(0, credential.indexOf('/')) : credential;
      if (accessKey.isEmpty()) {
        throw S3Errors.INVALID_ARGUMENT
            .exception("a non-empty Access Key (AKID) must be provided in the credential.")
            .with("ArgumentName", "X-Amz-Credential")
            .with("ArgumentValue", credential);
      }
    }
    if (accessKey == null) {
      return context;
    }
    AccountResolver.Resolution resolution =
        accounts.resolve(
            request.http(), new RequestCredentials(accessKey, context.region(), "s3", false));
    return new AccountContext(
        resolution.account(),
        context.region(),
        context.requestId(),
        accessKey,
        resolution.credential());
  }

  /**
   * Verifies the form's signature of its policy and answers its signer, or {@code null} for an
   * unsigned form (an anonymous caller).
   */
  private IssuedCredential verifySignature(FormFields fields) {
    boolean sigV4 = fields.has("X-Amz-Signature");
    if (!sigV4 && !fields.has("Signature")) {
      return null;
    }
    String policy = fields.get("policy");
    if (policy == null) {
      throw missingField("policy");
    }
    String token = fields.get("x-amz-security-token");
    return sigV4
        ? signatures.verifyFormV4(
            fields.get("X-Amz-Credential"), fields.get("X-Amz-Signature"), policy, token)
        : signatures.verifyFormV2(
            fields.get("AWSAccessKeyId"), fields.get("Signature"), policy, token);
  }

  /** A signed form carries every field of its signature version. */
  private static void checkSignatureFields(FormFields fields) {
    for (List<String> version : List.of(SIGV4_FIELDS, SIGV2_FIELDS)) {
      if (version.stream().anyMatch(fields::has)) {
        for (String name : version) {
          if (!fields.has(name)) {
            throw missingField(name);
          }
        }
      }
    }
  }

  private static RuntimeException missingField(String name) {
    return S3Errors.INVALID_ARGUMENT
        .exception(
            "Bucket POST must contain a field named '"
                + name
                + "'.  If it is specified, please check the order of the fields.")
        .with("ArgumentName", name)
        .with("ArgumentValue", "");
  }

  private static RuntimeException preDataTooLarge() {
    return S3Errors.MAX_POST_PRE_DATA_LENGTH_EXCEEDED
        .exception()
        .with("MaxPostPreDataLengthBytes", Integer.toString(MAX_PRE_DATA_BYTES));
  }
}
