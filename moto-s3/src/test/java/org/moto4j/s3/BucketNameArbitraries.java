package org.moto4j.s3;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated bucket names: valid ones, and invalid ones of every kind S3 rejects. */
final class BucketNameArbitraries {

  private static final char[] INNER = "abcdefghijklmnopqrstuvwxyz0123456789.-".toCharArray();
  private static final char[] EDGE = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private BucketNameArbitraries() {}

  /** Names S3 accepts. */
  static Arbitrary<String> valid() {
    return name(3, 63).filter(BucketNameArbitraries::followsEveryOtherRule);
  }

  /** Names S3 rejects, each broken in one way. */
  static Arbitrary<String> invalid() {
    return Arbitraries.oneOf(
        List.of(
            name(1, 2).map(n -> n.substring(0, Math.min(n.length(), 2))),
            Arbitraries.strings().withChars(EDGE).ofMinLength(64).ofMaxLength(80),
            withForeignCharacter(),
            Combinators.combine(valid(), Arbitraries.of(".", "-"))
                .as((name, edge) -> edge + name.substring(1)),
            Combinators.combine(valid(), Arbitraries.of(".", "-"))
                .as((name, edge) -> name.substring(0, name.length() - 1) + edge),
            Combinators.combine(name(1, 30), name(1, 30)).as((a, b) -> a + ".." + b),
            Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList())),
            Combinators.combine(Arbitraries.of(BucketNames.RESERVED_PREFIXES), name(3, 40))
                .as(String::concat),
            Combinators.combine(name(3, 40), Arbitraries.of(BucketNames.RESERVED_SUFFIXES))
                .as(String::concat)));
  }

  private static Arbitrary<String> withForeignCharacter() {
    Arbitrary<Character> foreign =
        Arbitraries.oneOf(
            List.of(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.of('_', ' ', '!', '$', '\'', '(', '*', ',', ';', '=', '@', '~', 'é')));
    return Combinators.combine(valid(), foreign, Arbitraries.integers().between(0, 62))
        .as(
            (name, c, at) -> {
              int i = Math.min(at, name.length());
              return name.substring(0, i) + c + name.substring(i);
            });
  }

  private static Arbitrary<String> name(int min, int max) {
    Arbitrary<Character> edge = Arbitraries.of(toObjects(EDGE));
    Arbitrary<String> inner =
        Arbitraries.strings()
            .withChars(INNER)
            .ofMinLength(Math.max(0, min - 2))
            .ofMaxLength(max - 2);
    return Combinators.combine(edge, inner, edge)
        .as((first, middle, last) -> first + middle + last)
        .filter(n -> n.length() >= min && n.length() <= max);
  }

  private static boolean followsEveryOtherRule(String name) {
    return !name.contains("..")
        && !name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")
        && BucketNames.RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
        && BucketNames.RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
  }

  private static Character[] toObjects(char[] chars) {
    Character[] objects = new Character[chars.length];
    for (int i = 0; i < chars.length; i++) {
      objects[i] = chars[i];
    }
    return objects;
  }
}
