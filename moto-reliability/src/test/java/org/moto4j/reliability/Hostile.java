package org.moto4j.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile values: edge-case tokens, random text, and mutations (insert, delete,
 * duplicate, truncate) of valid seeds, so most inputs are almost right, where parsers break.
 */
final class Hostile {

  private Hostile() {}

  /** Tokens that have broken parsers before. */
  static final List<String> TOKENS =
      List.of(
          "",
          " ",
          "%",
          "%Z",
          "%zz",
          "%00",
          "%%41",
          "+",
          "&",
          "=",
          ";",
          ",",
          ":",
          "/",
          "//",
          "../",
          "\\",
          "\t",
          "\u0000",
          "\u007f",
          "\u00ff",
          "\u2028",
          "\uD800",
          "\uFFFF",
          "🙂",
          "-1",
          "0",
          "-0",
          "2147483648",
          "9223372036854775808",
          "99999999999999999999999999",
          "1e309",
          "NaN",
          "0x10",
          "<",
          ">",
          "&amp;",
          "&lt;",
          "]]>",
          "<!--",
          "\"",
          "'",
          "{",
          "}",
          "[",
          "]",
          "null",
          "true",
          "arn:",
          "arn:aws:iam::",
          "arn:aws:iam::123456789012:role/",
          "::::::",
          "*",
          "?",
          "$",
          "${jndi:ldap://127.0.0.1/x}",
          "bytes=",
          "aws-chunked",
          "AWS4-HMAC-SHA256",
          "Credential=",
          "20991231T000000Z",
          "\r\n",
          "A".repeat(300),
          "A".repeat(70_000),
          "%41".repeat(2_000));

  /** Any hostile value: a token, random text, or a mutated token. */
  static Arbitrary<String> values() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(TOKENS)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().ascii().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(2, mutated(Arbitraries.of(TOKENS))));
  }

  /** {@code seeds}, each changed by zero to four edits. */
  static Arbitrary<String> mutated(Arbitrary<String> seeds) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(TOKENS))
            .as(Edit::new);
    return Combinators.combine(seeds, edit.list().ofMaxSize(4))
        .as(
            (seed, edits) -> {
              String value = seed;
              for (Edit e : edits) {
                value = e.apply(value);
              }
              return value;
            });
  }

  /** Header values: what HTTP can carry (no CR, LF or NUL). */
  static String headerValue(String value) {
    return value.replace("\r", "").replace("\n", "").replace("\u0000", "");
  }

  /** One edit at a relative position: 0 insert, 1 delete, 2 duplicate, 3 truncate, 4 replace. */
  private record Edit(int kind, double at, double span, String token) {
    String apply(String value) {
      int from = (int) (at * value.length());
      int to = Math.min(value.length(), from + (int) (span * 16));
      return switch (kind) {
        case 0 -> value.substring(0, from) + token + value.substring(from);
        case 1 -> value.substring(0, from) + value.substring(to);
        case 2 -> value.substring(0, to) + value.substring(from, to) + value.substring(to);
        case 3 -> value.substring(0, from);
        default -> value.substring(0, from) + token + value.substring(to);
      };
    }
  }

  /** Operation names and every top-level input member name of a query-protocol service. */
  record QueryModel(List<String> operations, List<String> members) {}

  /** Reads a service's model from {@code aws-models/}. */
  static QueryModel model(String service) {
    Path file = Path.of(System.getProperty("moto.root"), "aws-models", service, "service-2.json");
    JsonNode model;
    try {
      model = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> operations = new ArrayList<>();
    model.get("operations").fieldNames().forEachRemaining(operations::add);
    TreeSet<String> members = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.get("operations").fields();
        it.hasNext(); ) {
      JsonNode input = it.next().getValue().path("input").path("shape");
      if (input.isMissingNode()) {
        continue;
      }
      model
          .get("shapes")
          .path(input.asText())
          .path("members")
          .fieldNames()
          .forEachRemaining(members::add);
    }
    return new QueryModel(operations, List.copyOf(members));
  }
}
