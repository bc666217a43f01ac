package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy wildcard pattern: {@code *} matches any run of characters (also {@code /} and {@code
 * :}), {@code ?} exactly one; text that came from a policy variable is literal.
 */
final class Glob {

  /** One piece of a pattern. */
  sealed interface Part permits Literal, AnyRun, AnyOne {}

  /** Text compared as is. */
  record Literal(String text) implements Part {}

  /** {@code *}. */
  record AnyRun() implements Part {}

  /** {@code ?}. */
  record AnyOne() implements Part {}

  private final List<Part> parts;

  private Glob(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Reads {@code *} and {@code ?} in {@code pattern} as wildcards. */
  static Glob of(String pattern) {
    return builder().wildcards(pattern).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Assembles a pattern from wildcard text and literal (substituted) text. */
  static final class Builder {
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    Builder wildcards(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '*' || c == '?') {
          flush();
          parts.add(c == '*' ? new AnyRun() : new AnyOne());
        } else {
          literal.append(c);
        }
      }
      return this;
    }

    Builder literal(String text) {
      literal.append(text);
      return this;
    }

    Glob build() {
      flush();
      return new Glob(parts);
    }

    private void flush() {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }

  /** Whether the pattern matches the whole of {@code text}, in O(pattern × text) at worst. */
  boolean matches(String text, boolean ignoreCase) {
    int[] pattern = codes(ignoreCase);
    String subject = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    int p = 0;
    int t = 0;
    int starAt = -1;
    int resumeAt = 0;
    while (t < subject.length()) {
      if (p < pattern.length && (pattern[p] == ANY_ONE || pattern[p] == subject.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length && pattern[p] == ANY_RUN) {
        starAt = p++;
        resumeAt = t;
      } else if (starAt >= 0) {
        // let the last star swallow one more character and retry from there
        p = starAt + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < pattern.length && pattern[p] == ANY_RUN) {
      p++;
    }
    return p == pattern.length;
  }

  private static final int ANY_RUN = -1;
  private static final int ANY_ONE = -2;

  /** The pattern as one code per character: a char, {@link #ANY_RUN} or {@link #ANY_ONE}. */
  private int[] codes(boolean ignoreCase) {
    List<Integer> codes = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        String text = ignoreCase ? literal.text().toLowerCase(Locale.ROOT) : literal.text();
        text.chars().forEach(codes::add);
      } else {
        codes.add(part instanceof AnyRun ? ANY_RUN : ANY_ONE);
      }
    }
    return codes.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public String toString() {
    return parts.toString();
  }
}
