package org.moto4j.s3.internal.select;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.objects.ObjectRead;
import org.moto4j.s3.internal.objects.ObjectReader;
import org.moto4j.s3.internal.objects.RangeRequest;
import org.moto4j.s3.internal.objects.ReadConditions;
import org.moto4j.s3.internal.objects.UploadFields;

/**
 * {@code POST /bucket/key?select&select-type=2}: runs an SQL expression over a CSV or JSON object
 * and answers the results in AWS's event-stream framing (Records, Progress, Stats, End). The
 * request and the SQL are checked before the 200 (their errors are ordinary 400s); the object is
 * read as a stream while the response is written, one record at a time.
 */
public final class SelectObjectContent implements S3Operation {

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public SelectObjectContent(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    if (request.header("Range") != null) {
      throw S3Errors.SELECT_UNSUPPORTED_RANGE_HEADER.exception();
    }
    SelectRequest select = SelectRequest.read(request.body());
    SelectStatement statement = SqlParser.parse(select.expression());
    if (select.input() instanceof SelectRequest.CsvInput && !statement.source().isEmpty()) {
      throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
    }
    ObjectRead read =
        ObjectReader.read(bucket, request.key(), ReadConditions.NONE, RangeRequest.whole(), true);
    SelectRun run;
    try {
      StoredObject object = read.object();
      EncryptionHeaders.checkReadKey(UploadFields.of(request), object);
      if (!ObjectRestore.isReadable(object, clock.instant())) {
        throw S3Errors.SELECT_UNSUPPORTED_STORAGE_CLASS.exception();
      }
      run = new SelectRun(select, statement, read.open());
    } finally {
      // The stream opened above holds the body on its own until it is closed.
      read.close();
    }
    return MotoResponse.status(200)
        .header("Content-Type", "application/octet-stream")
        .body(
            new ResponseBody() {
              @Override
              public long length() {
                return -1;
              }

              @Override
              public void writeTo(OutputStream out) throws IOException {
                run.writeTo(out);
              }
            });
  }
}
