package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One-megabyte inputs, built to trip a backtracking reader, are read completely. The readers are
 * hand-written scanners with bounded look-ahead; the timeout only guards the build against a hang
 * and is far above the time the reads take.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
final class LargeInputTest {
  private static final int SIZE = 1 << 20;

  private static String repeat(String piece) {
    return piece.repeat(SIZE / piece.length() + 1).substring(0, SIZE);
  }

  private static Map<String, String> inputs() {
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String piece : List.of("2020-", "Resolutions 1 (Rev. ", "Res. ", "(", "SDG 1 (", "<p", "a", "More than 1,000,")) {
      inputs.put(piece, repeat(piece));
    }
    return inputs;
  }

  @Test
  void timing_megabyteInputs_areReadWhole() {
    inputs().forEach((piece, input) -> {
      Timing timing = Timing.read(input);
      assertThat(timing.getRaw().length()).as(piece).isLessThanOrEqualTo(input.length());
      assertThat(timing.getEntries()).as(piece).isNotNull();
    });
    assertThat(Timing.read(repeat("2020-2025, ")).getEntries()).hasSize(SIZE / 11 + 1);
  }

  @Test
  void references_megabyteInputs_areReadWhole() {
    inputs().forEach((piece, input) -> assertThat(Reference.readAll(input)).as(piece).isNotNull());
    List<Reference> list = Reference.readAll("Resolutions " + repeat("12, ") + "13 (Rev. Kigali, 2022)");
    assertThat(list).isNotEmpty();
    assertThat(((ResolutionRef) list.get(0)).getNumbers()).hasSizeGreaterThan(SIZE / 4 - 1);
  }

  @Test
  void sdgCell_megabyteInputs_areReadWhole() {
    inputs().forEach((piece, input) -> assertThat(SdgCell.read(input).getRaw().length()).as(piece).isLessThanOrEqualTo(SIZE));
    assertThat(SdgCell.read(repeat("9.c. ")).getLinks()).hasSize(1);
  }

  @Test
  void metric_megabyteInputs_areReadWhole() {
    inputs().forEach((piece, input) -> assertThat(Metric.findAll(input)).as(piece).isNotNull());
    assertThat(Metric.findAll(repeat("over 40 countries, ")).size()).isGreaterThan(SIZE / 20);
    for (String rejected : List.of("Study Group 3 ", "Resolutions 1, 2 and ", "5 to 6 June ", "(1) ", "10:30 ", "Res. 76 ")) {
      assertThat(Metric.findAll(repeat(rejected))).as(rejected).isEmpty();
    }
    assertThat(Metric.findAll("Resolutions " + repeat("12, ") + "13 (Rev. Kigali, 2022)")).isEmpty();
  }

  @Test
  void strictParsers_megabyteInputs_throwParseException() {
    String input = repeat("2020-2025 x ");
    assertThatThrownBy(() -> Timing.parse(input)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> Reference.parse(repeat("Res. 1 "))).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> Metric.parse(repeat("1,000,"))).isInstanceOf(RoadmapParseException.class);
  }
}
