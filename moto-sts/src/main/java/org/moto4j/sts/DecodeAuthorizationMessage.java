package org.moto4j.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code DecodeAuthorizationMessage}: the JSON behind an encoded authorization failure. moto4j's
 * encoded messages are base64 of that JSON; anything else (line breaks included, as AWS notes) is
 * {@code InvalidAuthorizationMessageException}.
 */
final class DecodeAuthorizationMessage implements QueryAction {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String encoded = input.required("EncodedMessage", StsShapes.ENCODED_MESSAGE);
    input.check();
    result.element("DecodedMessage", decode(encoded));
  }

  private static String decode(String encoded) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw StsErrors.INVALID_AUTHORIZATION_MESSAGE.exception("it is not base64.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw StsErrors.INVALID_AUTHORIZATION_MESSAGE.exception("it does not decode to UTF-8 text.");
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw StsErrors.INVALID_AUTHORIZATION_MESSAGE.exception(
            "it does not decode to a JSON object.");
      }
    } catch (IOException e) {
      throw StsErrors.INVALID_AUTHORIZATION_MESSAGE.exception("it does not decode to JSON.");
    }
    return text;
  }
}
