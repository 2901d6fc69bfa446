package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Waiver location patterns match exactly what the plain definition says: the regular expression
 * the matcher replaces ({@code *} as {@code [^/]*}, {@code **} as {@code .*}, anything else quoted),
 * and a naive recursive reading of the same rules.
 */
final class LocationGlobPropertiesTest {
  /** Few characters, so that random patterns and pointers often match. */
  private static final String PATTERN_ALPHABET = "ab/*~1.";
  private static final String TEXT_ALPHABET = "ab/~1.";

  private static Gen<String> strings(String alphabet, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
  }

  /** The matcher the glob replaces: one regular expression per pattern. */
  private static boolean regex(String glob, String text) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i += 2;
        continue;
      }
      regex.append(c == '*' ? "[^/]*" : Pattern.quote(String.valueOf(c)));
      i++;
    }
    return Pattern.compile(regex.toString()).matcher(text).matches();
  }

  /** The rules read literally, by recursion on the pattern. */
  private static boolean naive(String glob, String text) {
    if (glob.isEmpty()) {
      return text.isEmpty();
    }
    if (glob.startsWith("**")) {
      for (int k = 0; k <= text.length(); k++) {
        if (naive(glob.substring(2), text.substring(k))) {
          return true;
        }
      }
      return false;
    }
    if (glob.charAt(0) == '*') {
      for (int k = 0; k <= text.length() && (k == 0 || text.charAt(k - 1) != '/'); k++) {
        if (naive(glob.substring(1), text.substring(k))) {
          return true;
        }
      }
      return false;
    }
    return !text.isEmpty() && text.charAt(0) == glob.charAt(0) && naive(glob.substring(1), text.substring(1));
  }

  @Test
  void matches_randomPatternAndPointer_agreesWithTheRegularExpression() {
    qt().withExamples(3000)
        .forAll(strings(PATTERN_ALPHABET, 8), strings(TEXT_ALPHABET, 10))
        .checkAssert((glob, text) ->
            assertThat(LocationGlob.of(glob).matches(text)).as("'%s' against '%s'", glob, text).isEqualTo(regex(glob, text)));
  }

  @Test
  void matches_randomPatternAndPointer_agreesWithTheRecursiveDefinition() {
    qt().withExamples(3000)
        .forAll(strings(PATTERN_ALPHABET, 8), strings(TEXT_ALPHABET, 10))
        .checkAssert((glob, text) ->
            assertThat(LocationGlob.of(glob).matches(text)).as("'%s' against '%s'", glob, text).isEqualTo(naive(glob, text)));
  }

  @Test
  void matches_patternMadeOfAPointer_matchesThatPointer() {
    qt().withExamples(500)
        .forAll(strings(TEXT_ALPHABET, 12))
        .checkAssert(text -> assertThat(LocationGlob.of(text).matches(text)).isTrue());
  }

  @Test
  void matches_sixtyStarsAgainstALongPointerThatDoesNotMatch_returnsFalse() {
    String glob = "/" + "*".repeat(60) + "x";
    String pointer = "/actionLines/0/outcomes/3/" + "a".repeat(5000) + "/statement";

    assertThat(LocationGlob.of(glob).matches(pointer)).isFalse();
    assertThat(LocationGlob.of("/**" + "*a".repeat(60) + "x").matches(pointer)).isFalse();
  }

  @Test
  void matches_sixtyStarsAgainstAPointerThatMatches_returnsTrue() {
    String pointer = "/actionLines/0/outcomes/3/" + "a".repeat(5000) + "x";

    assertThat(LocationGlob.of("/**/" + "*".repeat(60) + "x").matches(pointer)).isTrue();
  }

  @Test
  void matches_starDoesNotCrossASegmentButTwoStarsDo() {
    assertThat(LocationGlob.of("/actionLines/*/title").matches("/actionLines/0/title")).isTrue();
    assertThat(LocationGlob.of("/actionLines/*/title").matches("/actionLines/0/outcomes/1/title")).isFalse();
    assertThat(LocationGlob.of("/actionLines/**/title").matches("/actionLines/0/outcomes/1/title")).isTrue();
    assertThat(LocationGlob.of("C5.GT.*").matches("C5.GT.B3")).isTrue();
    assertThat(LocationGlob.of("C5.GT.*").matches("C5.WSIS.B3")).isFalse();
  }

  @Test
  void matches_wholeTextOnly() {
    assertThat(LocationGlob.of("/actionLines/0").matches("/actionLines/0/title")).isFalse();
    assertThat(LocationGlob.of("actionLines/0/title").matches("/actionLines/0/title")).isFalse();
    assertThat(LocationGlob.of("/actionLines/0/title").matches("/actionLines/0/title")).isTrue();
  }

  @Test
  void matches_metacharactersAndEscapes_matchThemselves() {
    assertThat(LocationGlob.of("/glossary/a.b~1c").matches("/glossary/a.b~1c")).isTrue();
    assertThat(LocationGlob.of("/glossary/a.b").matches("/glossary/aXb")).isFalse();
    assertThat(LocationGlob.of("/x/[a]\\d+").matches("/x/[a]\\d+")).isTrue();
    assertThat(LocationGlob.of("/x/[a]\\d+").matches("/x/a5")).isFalse();
  }

  @Test
  void matches_twoStarsMatchALineEnd_asAnyCharacter() {
    assertThat(LocationGlob.of("/glossary/**").matches("/glossary/a\nb")).isTrue();
    assertThat(LocationGlob.of("/glossary/*").matches("/glossary/a\nb")).isTrue();
    assertThat(LocationGlob.of("/glossary/*").matches("/glossary/a/b")).isFalse();
  }

  @Test
  void waiverMatches_sixtyStarPatternOnAFinding_completes() {
    Waiver waiver = Waiver.builder().ruleId("WSIS-TEXT-001").location("/" + "*".repeat(60) + "x")
        .reason("accepted").build();
    Finding finding = Finding.builder().rule(Rule.TEXT_001).severity(Severity.ERROR).message("outcome must have a statement")
        .pointer("/actionLines/0/outcomes/3/" + "a".repeat(2000)).build();

    assertThat(waiver.matches(finding)).isFalse();
  }
}
