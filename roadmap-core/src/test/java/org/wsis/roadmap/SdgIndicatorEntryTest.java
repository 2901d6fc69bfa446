package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality and text of one entry of the SDG indicator framework. */
final class SdgIndicatorEntryTest {

  private static final SdgCatalogue.IndicatorEntry ENTRY =
      SdgCatalogue.findIndicator(SdgIndicator.parse("1.5.1")).orElseThrow();

  private static SdgCatalogue.IndicatorEntry entry(String code, String text, String... same) {
    return new SdgCatalogue.IndicatorEntry(SdgIndicator.parse(code), text,
        List.of(same).stream().map(SdgIndicator::parse).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void equals_sameCodeTextAndRepeats_equalWithTheSameHash() {
    SdgCatalogue.IndicatorEntry copy = entry("1.5.1", ENTRY.getText(), "11.5.1", "13.1.1");
    assertThat(copy).isEqualTo(ENTRY).hasSameHashCodeAs(ENTRY);
  }

  @Test
  void equals_anyFieldDifferent_notEqual() {
    assertThat(entry("1.5.2", ENTRY.getText(), "11.5.1", "13.1.1")).isNotEqualTo(ENTRY);
    assertThat(entry("1.5.1", "Other text", "11.5.1", "13.1.1")).isNotEqualTo(ENTRY);
    assertThat(entry("1.5.1", ENTRY.getText(), "11.5.1")).isNotEqualTo(ENTRY);
    assertThat(ENTRY).isNotEqualTo("1.5.1");
  }

  @Test
  void toString_codeThenText() {
    assertThat(ENTRY.toString()).isEqualTo("1.5.1 " + ENTRY.getText());
    assertThat(ENTRY.getText()).startsWith("Number of deaths, missing persons and directly affected persons");
  }
}
