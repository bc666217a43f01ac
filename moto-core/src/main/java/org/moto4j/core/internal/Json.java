package org.moto4j.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import org.moto4j.core.AccountId;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;

/** The control plane's JSON answers: instants as ISO-8601 text, account ids as their digits. */
final class Json {

  // Built on first use only: a server that never calls the control plane never loads Jackson.
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(
                new SimpleModule("moto4j-control-plane")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(AccountId.class, ToStringSerializer.instance));
  }

  private Json() {}

  /** A JSON response of {@code body} (maps, lists, strings, numbers, booleans, instants). */
  static MotoResponse response(int status, Object body) {
    try {
      return MotoResponse.status(status)
          .header("Content-Type", "application/json")
          .body(ResponseBody.of(Mapper.INSTANCE.writeValueAsBytes(body)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A control-plane answer could not be written as JSON", e);
    }
  }
}
