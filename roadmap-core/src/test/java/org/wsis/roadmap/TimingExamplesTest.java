package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tricky timing cells read with {@link Timing#read}, each entry rendered on one line so that kind, years and raw text
 * are compared exactly; and where {@link Timing#parse} points at the first unreadable part.
 */
final class TimingExamplesTest {

  /** Renders a cell's entries as "KIND from to 'raw'" joined with " | "; "-" is an empty year. */
  private static String read(String cell) {
    return Timing.read(cell).getEntries().stream()
        .map(e -> e.getKind() + " " + e.getFrom().map(Object::toString).orElse("-") + " "
            + e.getTo().map(Object::toString).orElse("-") + " '" + e.getRaw() + "'")
        .collect(Collectors.joining(" | "));
  }

  @Test
  void parse_unreadPartAfterAValue_pointsAtThatPart() {
    assertThatThrownBy(() -> Timing.parse("2020 tbd 2022"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(5);
          assertThat(e.getMessage()).contains("could not read 'tbd' in: '2020 tbd 2022'");
        });
    assertThatThrownBy(() -> Timing.parse("2020-2025 and then"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(14);
          assertThat(e.getMessage()).contains("could not read 'then'");
        });
  }

  @Test
  void parse_twoUnreadParts_pointsAtTheFirst() {
    assertThatThrownBy(() -> Timing.parse("tbd 2020 later"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isZero();
          assertThat(e.getMessage()).contains("could not read 'tbd'");
        });
    assertThatThrownBy(() -> Timing.parse("2019, soon; 2020, later"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(6);
          assertThat(e.getMessage()).contains("could not read 'soon'");
        });
  }

  @Test
  void parse_onlySeparators_isBlank() {
    assertThatThrownBy(() -> Timing.parse(" , "))
        .isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("but was blank");
  }

  @Test
  void read_fromWithSecondYear_isASpan() {
    assertThat(read("from 2020 to 2025"))
        .isEqualTo("SPAN 2020 2025 'from 2020 to 2025'");
    assertThat(read("From 2020-2025"))
        .isEqualTo("SPAN 2020 2025 'From 2020-2025'");
    assertThat(read("from 2020 until 2025"))
        .isEqualTo("SPAN 2020 2025 'from 2020 until 2025'");
    assertThat(read("from 2020 till 2025"))
        .isEqualTo("SPAN 2020 2025 'from 2020 till 2025'");
    assertThat(read("from 2020 through 2025"))
        .isEqualTo("SPAN 2020 2025 'from 2020 through 2025'");
    assertThat(read("from 2020"))
        .isEqualTo("SINCE 2020 - 'from 2020'");
    assertThat(read("from 2020 (ongoing)"))
        .isEqualTo("SINCE 2020 - 'from 2020 (ongoing)'");
    assertThat(read("from 2020 onwards"))
        .isEqualTo("SINCE 2020 - 'from 2020 onwards'");
    assertThat(read("from 20"))
        .isEqualTo("UNREAD - - 'from 20'");
    assertThat(read("since 2019"))
        .isEqualTo("SINCE 2019 - 'since 2019'");
    assertThat(read("Since 2019 (continuous)"))
        .isEqualTo("SINCE 2019 - 'Since 2019 (continuous)'");
    assertThat(read("Since 2019(ongoing)"))
        .isEqualTo("SINCE 2019 - 'Since 2019(ongoing)'");
    assertThat(read("Since 2019 onward"))
        .isEqualTo("SINCE 2019 - 'Since 2019 onward'");
    assertThat(read("since"))
        .isEqualTo("UNREAD - - 'since'");
  }

  @Test
  void read_yearsAndSpans_readBothEnds() {
    assertThat(read("2020-2025"))
        .isEqualTo("SPAN 2020 2025 '2020-2025'");
    assertThat(read("2020 - 2025"))
        .isEqualTo("SPAN 2020 2025 '2020 - 2025'");
    assertThat(read("2020 \u2013 2025"))
        .isEqualTo("SPAN 2020 2025 '2020 \u2013 2025'");
    assertThat(read("2000\u20132022"))
        .isEqualTo("SPAN 2000 2022 '2000\u20132022'");
    assertThat(read("2000 \u2014 2022"))
        .isEqualTo("SPAN 2000 2022 '2000 \u2014 2022'");
    assertThat(read("2020-25"))
        .isEqualTo("SPAN 2020 2025 '2020-25'");
    assertThat(read("2020 -25"))
        .isEqualTo("SPAN 2020 2025 '2020 -25'");
    assertThat(read("2020- 25"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - '- 25'");
    assertThat(read("2020-25a"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - '-25a'");
    assertThat(read("2020-256"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - '-256'");
    assertThat(read("2020 to 25"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - 'to 25'");
    assertThat(read("2019-20, 2022"))
        .isEqualTo("SPAN 2019 2020 '2019-20' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 to date"))
        .isEqualTo("TO_DATE 2020 - '2020 to date'");
    assertThat(read("2020 to present"))
        .isEqualTo("TO_DATE 2020 - '2020 to present'");
    assertThat(read("2020-now"))
        .isEqualTo("TO_DATE 2020 - '2020-now'");
    assertThat(read("2020 until today"))
        .isEqualTo("TO_DATE 2020 - '2020 until today'");
    assertThat(read("2020 to date (ongoing)"))
        .isEqualTo("TO_DATE 2020 - '2020 to date (ongoing)'");
    assertThat(read("2020 to"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - 'to'");
    assertThat(read("2020 to later"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - 'to later'");
    assertThat(read("2020 onwards"))
        .isEqualTo("SINCE 2020 - '2020 onwards'");
    assertThat(read("2020 and beyond"))
        .isEqualTo("SINCE 2020 - '2020 and beyond'");
    assertThat(read("2020 (continuous)"))
        .isEqualTo("SINCE 2020 - '2020 (continuous)'");
    assertThat(read("2020 (ongoing)"))
        .isEqualTo("SINCE 2020 - '2020 (ongoing)'");
    assertThat(read("2020 (on-going)"))
        .isEqualTo("SINCE 2020 - '2020 (on-going)'");
    assertThat(read("2020 (continuing)"))
        .isEqualTo("SINCE 2020 - '2020 (continuing)'");
    assertThat(read("2020 (continuously)"))
        .isEqualTo("SINCE 2020 - '2020 (continuously)'");
    assertThat(read("2020 ()"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - '()'");
    assertThat(read("2020(ongoing)"))
        .isEqualTo("SINCE 2020 - '2020(ongoing)'");
    assertThat(read("2020(continuous) and 2022"))
        .isEqualTo("SINCE 2020 - '2020(continuous)' | YEAR 2022 2022 '2022'");
  }

  @Test
  void read_continuousWords_areContinuous() {
    assertThat(read("Continuous"))
        .isEqualTo("CONTINUOUS - - 'Continuous'");
    assertThat(read("continuously"))
        .isEqualTo("CONTINUOUS - - 'continuously'");
    assertThat(read("Continuing"))
        .isEqualTo("CONTINUOUS - - 'Continuing'");
    assertThat(read("Ongoing"))
        .isEqualTo("CONTINUOUS - - 'Ongoing'");
    assertThat(read("on-going"))
        .isEqualTo("CONTINUOUS - - 'on-going'");
    assertThat(read("Permanent"))
        .isEqualTo("CONTINUOUS - - 'Permanent'");
    assertThat(read("(ongoing)"))
        .isEqualTo("CONTINUOUS - - '(ongoing)'");
  }

  @Test
  void read_joinersBetweenValues_areSkipped() {
    assertThat(read("2020, 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020; 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020/2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 & 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 | 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 + 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 and 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 andy 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - 'andy' | YEAR 2022 2022 '2022'");
    assertThat(read("2020 and"))
        .isEqualTo("YEAR 2020 2020 '2020'");
    assertThat(read("and 2020"))
        .isEqualTo("YEAR 2020 2020 '2020'");
  }

  @Test
  void read_unreadableText_becomesUnreadEntries() {
    assertThat(read("tbd"))
        .isEqualTo("UNREAD - - 'tbd'");
    assertThat(read("2020 tbd 2022"))
        .isEqualTo("YEAR 2020 2020 '2020' | UNREAD - - 'tbd' | YEAR 2022 2022 '2022'");
    assertThat(read("tbd, 2022"))
        .isEqualTo("UNREAD - - 'tbd' | YEAR 2022 2022 '2022'");
    assertThat(read("2022, tbd."))
        .isEqualTo("YEAR 2022 2022 '2022' | UNREAD - - 'tbd'");
    assertThat(read("1999 and 2101"))
        .isEqualTo("YEAR 1999 1999 '1999' | UNREAD - - '2101'");
    assertThat(read(", ;"))
        .isEqualTo("");
  }

}
