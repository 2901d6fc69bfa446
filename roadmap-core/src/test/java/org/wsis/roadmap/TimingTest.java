package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Timing cells as the 2024 roadmaps print them. */
final class TimingTest {

  private static TimingEntry only(String cell) {
    List<TimingEntry> entries = Timing.read(cell).getEntries();
    assertThat(entries).as(cell).hasSize(1);
    return entries.get(0);
  }

  private static void assertEntry(TimingEntry e, TimingEntry.Kind kind, Integer from, Integer to, String raw) {
    assertThat(e.getKind()).isEqualTo(kind);
    assertThat(e.getFrom()).isEqualTo(Optional.ofNullable(from));
    assertThat(e.getTo()).isEqualTo(Optional.ofNullable(to));
    assertThat(e.getRaw()).isEqualTo(raw);
  }

  @Test
  void read_hyphenSpan_isSpan() {
    assertEntry(only("2020-2025"), TimingEntry.Kind.SPAN, 2020, 2025, "2020-2025");
    assertEntry(only("2023-2025"), TimingEntry.Kind.SPAN, 2023, 2025, "2023-2025");
  }

  @Test
  void read_spacedHyphenSpan_isSpan() {
    assertEntry(only("2016 - 2030"), TimingEntry.Kind.SPAN, 2016, 2030, "2016 - 2030");
  }

  @Test
  void read_enDashSpan_isSpan() {
    assertEntry(only("2000 \u2013 2022"), TimingEntry.Kind.SPAN, 2000, 2022, "2000 \u2013 2022");
  }

  @Test
  void read_toSpanInParagraph_isSpanWithoutMarkup() {
    Timing timing = Timing.read("<p>2017 to 2030</p>");
    assertThat(timing.getRaw()).isEqualTo("2017 to 2030");
    assertEntry(timing.getEntries().get(0), TimingEntry.Kind.SPAN, 2017, 2030, "2017 to 2030");
  }

  @Test
  void read_sinceContinuous_isOpenEndedSince() {
    TimingEntry e = only("<p>Since 2019 (continuous)</p>");
    assertEntry(e, TimingEntry.Kind.SINCE, 2019, null, "Since 2019 (continuous)");
    assertThat(e.isOpenEnded()).isTrue();
  }

  @Test
  void read_since_isSince() {
    assertEntry(only("Since 2016"), TimingEntry.Kind.SINCE, 2016, null, "Since 2016");
  }

  @Test
  void read_toDate_isToDate() {
    assertEntry(only("2012 to date"), TimingEntry.Kind.TO_DATE, 2012, null, "2012 to date");
    assertEntry(only("2023 to date"), TimingEntry.Kind.TO_DATE, 2023, null, "2023 to date");
  }

  @Test
  void read_continuous_isContinuous() {
    TimingEntry e = only("Continuous");
    assertEntry(e, TimingEntry.Kind.CONTINUOUS, null, null, "Continuous");
    assertThat(e.isOpenEnded()).isTrue();
  }

  @Test
  void read_severalValues_readsEachInOrder() {
    Timing timing = Timing.read("2020-2025, 2019 to date; Continuous and Since 2016");
    assertThat(timing.getEntries()).extracting(TimingEntry::getKind).containsExactly(
        TimingEntry.Kind.SPAN, TimingEntry.Kind.TO_DATE, TimingEntry.Kind.CONTINUOUS, TimingEntry.Kind.SINCE);
    assertThat(timing.getEntries()).extracting(TimingEntry::getRaw)
        .containsExactly("2020-2025", "2019 to date", "Continuous", "Since 2016");
  }

  @Test
  void read_severalValuesWithoutSeparator_readsEach() {
    assertThat(Timing.read("2017 to 2021 2023-2025").getEntries()).extracting(TimingEntry::getRaw)
        .containsExactly("2017 to 2021", "2023-2025");
  }

  @Test
  void read_singleYearAndShortSpan_areRead() {
    assertEntry(only("2025"), TimingEntry.Kind.YEAR, 2025, 2025, "2025");
    assertEntry(only("2020-25"), TimingEntry.Kind.SPAN, 2020, 2025, "2020-25");
    assertEntry(only("2019 onwards"), TimingEntry.Kind.SINCE, 2019, null, "2019 onwards");
  }

  @Test
  void read_unreadableText_keptAsUnreadEntries() {
    Timing timing = Timing.read("To be decided, 2020-2025 subject to funding");
    assertThat(timing.getEntries()).extracting(TimingEntry::getKind)
        .containsExactly(TimingEntry.Kind.UNREAD, TimingEntry.Kind.SPAN, TimingEntry.Kind.UNREAD);
    assertThat(timing.getEntries()).extracting(TimingEntry::getRaw)
        .containsExactly("To be decided", "2020-2025", "subject to funding");
    assertThat(timing.getRaw()).isEqualTo("To be decided, 2020-2025 subject to funding");
  }

  @Test
  void read_blank_hasNoEntries() {
    assertThat(Timing.read("  <p> </p> ").getEntries()).isEmpty();
    assertThat(Timing.read("").getRaw()).isEmpty();
  }

  @Test
  void read_null_throwsParseException() {
    assertThatThrownBy(() -> Timing.read(null)).isInstanceOf(RoadmapParseException.class).hasMessageContaining("null");
  }

  @Test
  void parse_validText_equalsRead() {
    assertThat(Timing.parse("2016 - 2030, Continuous")).isEqualTo(Timing.read("2016 - 2030, Continuous"));
  }

  @Test
  void parse_unreadablePart_throwsWithIndexAndQuote() {
    assertThatThrownBy(() -> Timing.parse("<p>2020-2025 soon</p>"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getMessage()).contains("'soon'").contains("'<p>2020-2025 soon</p>'");
          assertThat(e.getParsedString()).isEqualTo("<p>2020-2025 soon</p>");
          assertThat(e.getErrorIndex()).isEqualTo(13);
        });
  }

  @Test
  void parse_blank_throws() {
    assertThatThrownBy(() -> Timing.parse(" ")).isInstanceOf(RoadmapParseException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Timing.parse(null)).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void toString_isRawText_andReadsBack() {
    Timing timing = Timing.read("<p>Since 2019 (continuous)</p>");
    assertThat(timing).hasToString("Since 2019 (continuous)");
    assertThat(Timing.parse(timing.toString())).isEqualTo(timing);
  }
}
