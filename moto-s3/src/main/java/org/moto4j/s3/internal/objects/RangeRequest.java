package org.moto4j.s3.internal.objects;

import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * What part of an object a read asks for: all of it, a {@code Range} header ({@code bytes=a-b},
 * {@code a-}, {@code -n}) or a {@code partNumber}. Resolved against the object found, since its
 * size decides what is satisfiable.
 */
@FunctionalInterface
public interface RangeRequest {

  /** The most parts an object has, and so the largest part number. */
  int MAX_PART_NUMBER = 10_000;

  /**
   * The bytes to answer with.
   *
   * @return the range (a 206 answer), or {@code null} for the whole object (a 200 answer)
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRange} or {@code InvalidPartNumber}
   *     (416) when the object has no such bytes
   */
  ByteRange resolve(StoredObject object);

  /** The whole object. */
  static RangeRequest whole() {
    return object -> null;
  }

  /**
   * What a GetObject or HeadObject request asks for: its {@code partNumber} or {@code Range}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a part number outside
   *     1-10,000, {@code InvalidRequest} for a part number with a range
   */
  static RangeRequest of(S3Request request) {
    String partNumber = request.queryParameter("partNumber");
    String range = request.header("Range");
    if (partNumber == null) {
      return range == null ? whole() : ofHeader(range);
    }
    int part = parsePartNumber(partNumber);
    if (range != null) {
      throw S3Errors.INVALID_REQUEST.exception(
          "Cannot specify both Range header and partNumber query parameter");
    }
    return ofPart(part);
  }

  /**
   * A {@code Range} header, as S3 reads it: a header it cannot parse, of another unit or with
   * several ranges, is ignored (the whole object, 200); the end of a range is clamped to the
   * object.
   */
  static RangeRequest ofHeader(String header) {
    return object -> {
      long size = object.size();
      long[] bounds = RangeHeaders.parse(header);
      if (bounds == null) {
        return null;
      }
      long first;
      long last;
      if (bounds[0] < 0) {
        long suffix = bounds[1];
        if (suffix == 0 || size == 0) {
          throw RangeHeaders.unsatisfiable(header, size);
        }
        first = Math.max(0, size - suffix);
        last = size - 1;
      } else {
        if (bounds[0] >= size) {
          throw RangeHeaders.unsatisfiable(header, size);
        }
        first = bounds[0];
        last = bounds[1] < 0 ? size - 1 : Math.min(bounds[1], size - 1);
      }
      return new ByteRange(first, last, size);
    };
  }

  /**
   * One part of the object: of a multipart object, that part's bytes; of any other object, part 1
   * is the whole object (answered as a range, 206, as S3 does) and no other exists.
   */
  static RangeRequest ofPart(int partNumber) {
    return object -> {
      ObjectBody body = object.body();
      int parts = body.isMultipart() ? body.partCount() : 1;
      if (partNumber > parts) {
        throw S3Errors.INVALID_PART_NUMBER
            .exception()
            .with("PartNumberRequested", Integer.toString(partNumber))
            .with("ActualPartCount", Integer.toString(parts));
      }
      long size = body.isMultipart() ? body.partSizes().get(partNumber - 1) : object.size();
      if (size == 0) {
        return null;
      }
      long first = body.isMultipart() ? body.partOffset(partNumber) : 0;
      return new ByteRange(first, first + size - 1, object.size());
    };
  }

  private static int parsePartNumber(String value) {
    try {
      int part = Integer.parseInt(value.trim());
      if (part >= 1 && part <= MAX_PART_NUMBER) {
        return part;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("Part number must be an integer between 1 and 10000, inclusive")
        .with("ArgumentName", "partNumber")
        .with("ArgumentValue", value);
  }
}
