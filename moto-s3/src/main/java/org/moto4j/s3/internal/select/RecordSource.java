package org.moto4j.s3.internal.select;

import java.io.IOException;

/** Input records, read one at a time from the object's stream. */
interface RecordSource {

  /**
   * The next record, or {@code null} at the end.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code CSVParsingError}, {@code
   *     JSONParsingError}, {@code OverMaxRecordSize}…
   */
  SelectRow next() throws IOException;
}
