package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.C7SubLine;
import org.wsis.roadmap.IncompleteValueException;
import org.wsis.roadmap.Metric;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgIndicator;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.query.ResolutionKey;

/**
 * One table of bad values (huge, empty, blank, control characters, wrong type) run through every
 * public strict parse method of roadmap-core and the read entry points of JSON, YAML and JSON Lines:
 * each fails with a {@link RoadmapException} subtype, a location, and a message under 1,000 characters.
 */
final class BadValuesTest {
  private static final int MAX_MESSAGE = 1_000;
  private static final String HUGE = "C5.GT.B3" + "x".repeat(50 * 1024 * 1024 - 8);

  /** Bad texts for the parse methods. */
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("huge", HUGE);
    TEXTS.put("empty", "");
    TEXTS.put("blank", " \t \u00a0 ");
    TEXTS.put("control characters", "9\u0000\u0007\u001b[31m\n\u2028.c");
    TEXTS.put("wrong type", "{\"id\": [1, 2]}");
  }

  /** Every public strict parse method of roadmap-core. */
  private static final Map<String, Function<String, Object>> PARSERS = new LinkedHashMap<>();

  static {
    PARSERS.put("OutcomeId.parse", OutcomeId::parse);
    PARSERS.put("OutcomeId.of", label -> OutcomeId.of(ActionLine.C5, OutcomeSection.GENEVA_TUNIS, label));
    PARSERS.put("ActionLine.parse", ActionLine::parse);
    PARSERS.put("OutcomeSection.parse", OutcomeSection::parse);
    PARSERS.put("C7SubLine.parse", C7SubLine::parse);
    PARSERS.put("SdgGoal.parse", SdgGoal::parse);
    PARSERS.put("SdgTarget.parse", SdgTarget::parse);
    PARSERS.put("SdgTarget.read", SdgTarget::read);
    PARSERS.put("SdgTarget.of", suffix -> SdgTarget.of(SdgGoal.NINE, suffix));
    PARSERS.put("SdgIndicator.parse", SdgIndicator::parse);
    PARSERS.put("SdgLink.parse", SdgLink::parse);
    PARSERS.put("Timing.parse", Timing::parse);
    PARSERS.put("Reference.parse", Reference::parse);
    PARSERS.put("Metric.parse", Metric::parse);
    PARSERS.put("ResolutionKey.parse", ResolutionKey::parse);
  }

  @Test
  void parse_everyBadText_throwsParseExceptionWithIndexAndShortMessage() {
    for (Map.Entry<String, Function<String, Object>> parser : PARSERS.entrySet()) {
      for (Map.Entry<String, String> text : TEXTS.entrySet()) {
        String what = parser.getKey() + " of the " + text.getKey() + " value";
        Throwable thrown = catchThrowable(() -> parser.getValue().apply(text.getValue()));
        assertThat(thrown).as(what).isInstanceOf(RoadmapParseException.class);
        RoadmapParseException e = (RoadmapParseException) thrown;
        assertThat(e.getMessage().length()).as(what + ": " + e.getMessage()).isLessThan(MAX_MESSAGE);
        assertThat(e.getErrorIndex()).as(what).isBetween(0, text.getValue().length());
        assertThat(e.getMessage()).as(what).doesNotContain("\u0000", "\u0007", "\n");
      }
    }
  }

  @Test
  void parse_hugeText_isRefusedWithItsLengthStated() {
    for (Map.Entry<String, Function<String, Object>> parser : PARSERS.entrySet()) {
      Throwable thrown = catchThrowable(() -> parser.getValue().apply(HUGE));
      assertThat(thrown).as(parser.getKey()).hasMessageContaining("must be at most 10,000 characters")
          .hasMessageContaining("\u2026' (52,428,8");
    }
    assertThat(catchThrowable(() -> Timing.parse("x".repeat(RoadmapParseException.MAX_PARSE_LENGTH))))
        .hasMessageNotContaining("must be at most");
  }

  /** Bad JSON values, each put where a string, an enum and a number belong. */
  private static final Map<String, String> JSON_VALUES = new LinkedHashMap<>();

  static {
    JSON_VALUES.put("huge", "\"" + HUGE + "\"");
    JSON_VALUES.put("empty", "\"\"");
    JSON_VALUES.put("blank", "\" \\t \"");
    JSON_VALUES.put("control characters", "\"A\\u0000\\u0007\\u001b[31m\\n\"");
    JSON_VALUES.put("wrong type (array)", "[1, 2]");
    JSON_VALUES.put("wrong type (object)", "{\"a\": true}");
    JSON_VALUES.put("wrong type (number)", "12345678901234567890");
  }

  /** The property each value replaces, and the value it replaces, in the canonical JSON of the sample. */
  private static final Map<String, String> FIELDS = Map.of(
      "section", "\"GENEVA_TUNIS\"",
      "id", "\"C5.GT.A\"",
      "goal", "16",
      "target", "\"9.c\"");

  @Test
  void read_everyBadValue_throwsReadExceptionWithLocationAndShortMessage() {
    String json = RoadmapJson.toString(SampleRoadmaps.small());
    String yaml = RoadmapYaml.toString(SampleRoadmaps.small());
    String lines = RoadmapJsonLines.toString(SampleRoadmaps.small());
    for (Map.Entry<String, String> field : FIELDS.entrySet()) {
      for (Map.Entry<String, String> value : JSON_VALUES.entrySet()) {
        String what = field.getKey() + " = " + value.getKey();
        check("JSON " + what, () -> RoadmapJson.read(replace(json, field.getKey(), field.getValue(), value.getValue())),
            field.getKey());
        check("YAML " + what, () -> RoadmapYaml.read(replace(yaml, field.getKey(), field.getValue(), value.getValue())),
            field.getKey());
        check("JSON Lines " + what,
            () -> RoadmapJsonLines.read(replace(lines, field.getKey(), field.getValue(), value.getValue())), field.getKey());
        if (what.contains("huge")) {
          // a read limit stops a lenient read too
          check("lenient JSON " + what,
              () -> RoadmapJson.readLenient(replace(json, field.getKey(), field.getValue(), value.getValue())), field.getKey());
        } else {
          ReadResult lenient = RoadmapJson.readLenient(replace(json, field.getKey(), field.getValue(), value.getValue()));
          assertThat(lenient.getProblems()).as("lenient JSON " + what).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getMessage().length()).as(p.getMessage()).isLessThan(MAX_MESSAGE);
            assertThat(p.getLine()).as(p.getMessage()).isPositive();
          });
        }
      }
    }
  }

  private static void check(String what, Runnable read, String field) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).as(what).isInstanceOf(RoadmapReadException.class);
    RoadmapReadException e = (RoadmapReadException) thrown;
    assertThat(e.getMessage().length()).as(what + ": " + e.getMessage()).isLessThan(MAX_MESSAGE);
    assertThat(e.getLine()).as(what + ": " + e.getMessage()).isPositive();
    if (!what.contains("huge")) {
      assertThat(e.getPointer()).as(what + ": " + e.getMessage()).endsWith("/" + field);
    }
  }

  /** Replaces the first value of a property, in JSON (pretty or compact) or YAML. */
  private static String replace(String document, String field, String old, String replacement) {
    Matcher m = Pattern.compile("\"?" + field + "\"?:\\s*" + Pattern.quote(old)).matcher(document);
    assertThat(m.find()).as(field + " in the sample").isTrue();
    return document.substring(0, m.start()) + "\"" + field + "\": " + replacement + document.substring(m.end());
  }

  @Test
  void read_missingFile_throwsIoExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    for (Function<Path, Object> read : java.util.List.<Function<Path, Object>>of(RoadmapJson::read, RoadmapYaml::read,
        RoadmapJsonLines::read, RoadmapCsv::readOutcomes, RoadmapJson::readLenient)) {
      Throwable thrown = catchThrowable(() -> read.apply(missing));
      assertThat(thrown).isInstanceOf(RoadmapIoException.class)
          .hasMessage("cannot read " + RoadmapException.quote(missing.toString()) + ": the file does not exist");
      assertThat(((RoadmapIoException) thrown).getPath()).contains(missing);
    }
    assertThat(catchThrowable(() -> RoadmapJson.read(dir))).isInstanceOf(RoadmapIoException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void build_missingRequiredValues_namesThemInTheModelsWords() {
    assertThat(catchThrowable(() -> Outcome.builder().label("A").statement("...").build()))
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> {
          assertThat(e).hasMessage("an outcome needs id and section, but they are not set");
          assertThat(e.getType()).isEqualTo("Outcome");
          assertThat(e.getMissing()).containsExactly("id", "section");
        });
    assertThat(catchThrowable(() -> OutcomeRow.builder().build())).isInstanceOf(IncompleteValueException.class)
        .hasMessageStartingWith("an outcome row needs ");
  }
}
