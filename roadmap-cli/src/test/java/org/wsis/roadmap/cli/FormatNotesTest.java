package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.io.RoadmapCsv;
import org.wsis.roadmap.io.RoadmapFormat;
import org.wsis.roadmap.io.RoadmapJson;

final class FormatNotesTest {
  @TempDir
  Path dir;

  /** Every field that differs after JSON, flat CSV, JSON, as a path with indexes left out. */
  private static Set<String> lostFields(Roadmap roadmap) throws IOException {
    Roadmap back = RoadmapFormat.csv().reader().read(RoadmapFormat.csv().writer().toBytes(roadmap)).getRoadmap();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode before = mapper.readTree(RoadmapJson.toString(roadmap));
    JsonNode after = mapper.readTree(RoadmapJson.toString(back));
    Set<String> lost = new TreeSet<>();
    diff("", before, after, lost);
    return lost;
  }

  private static void diff(String path, JsonNode a, JsonNode b, Set<String> out) {
    if (a != null && b != null && a.equals(b)) {
      return;
    }
    if (a != null && b != null && a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
      }
    } else if (a != null && b != null && a.isArray() && b.isArray() && path.equals("actionLines")) {
      // the rows give back the action lines that have outcomes, in order; the ones without are lost
      int j = 0;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).path("outcomes").isEmpty()) {
          out.add("actionLines[] with no outcomes");
        } else {
          diff(path + "[]", a.get(i), b.get(j++), out);
        }
      }
    } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "[]", a.get(i), b.get(i), out);
      }
    } else {
      out.add(path);
    }
  }

  /** The entry of {@link RoadmapCsv#FIELDS_NOT_KEPT} that covers a path, or null. */
  private static String coveringEntry(String path) {
    for (String entry : RoadmapCsv.FIELDS_NOT_KEPT) {
      if (entry.endsWith("x-*")) {
        String prefix = entry.substring(0, entry.length() - 1);
        if (path.startsWith(prefix) && path.indexOf('.', prefix.length()) < 0) {
          return entry;
        }
        continue;
      }
      // the kind of a reference stands for its typing: every property but the raw text it was read from
      String field = entry.endsWith("references[].kind") ? entry.substring(0, entry.length() - ".kind".length()) : entry;
      if (path.equals(field) || path.startsWith(field + ".") && !path.endsWith("references[].raw")
          || path.startsWith(field + "[")) {
        return entry;
      }
    }
    return null;
  }

  @Test
  void csvFormat_bundledEdition_losesOnlyTheFieldsTheLibraryLists() throws IOException {
    Set<String> lost = lostFields(Dataset.edition2024());

    assertThat(lost).isNotEmpty().allSatisfy(path -> assertThat(coveringEntry(path)).as(path).isNotNull());
    Set<String> entries = new TreeSet<>();
    lost.forEach(path -> entries.add(coveringEntry(path)));
    assertThat(entries).contains("id", "title", "asOf", "facilitator", "introduction", "mandateReferences",
        "glossary", "actionLines[].notes", "actionLines[].outcomes[].subItems", "actionLines[].outcomes[].evidence",
        "actionLines[].outcomes[].results", "actionLines[].outcomes[].covidResponse", "actionLines[].outcomes[].source");
  }

  @Test
  void csvFormat_roadmapWithEveryListedField_losesExactlyTheListedFields() throws IOException {
    Roadmap edition = Dataset.edition2024();
    ActionLineRoadmap first = edition.getActionLines().get(0);
    Outcome outcome = first.getOutcomes().get(0);
    Outcome edited = Outcome.builder().from(outcome)
        .putExtension("x-colour", "\"red\"")
        .sdgNote("a note")
        .addSubItem(SubItem.builder().label("a").text("a sub-item").build())
        .timing(Timing.builder().raw("2020-2025").build()) // no typed entries, which reading the raw text gives
        .references(List.of(TextRef.builder().raw("Resolution 179 (Rev. Bucharest, 2022)").build()))
        .build();
    List<ActionLineRoadmap> lines = new ArrayList<>(edition.getActionLines());
    lines.set(0, ActionLineRoadmap.builder().from(first).putExtension("x-owner", "\"ITU\"")
        .source(SourceRange.of(1, 2))
        .outcomes(Stream.concat(Stream.of(edited), first.getOutcomes().stream().skip(1)).toList()).build());
    lines.add(ActionLineRoadmap.builder().actionLine(ActionLine.C1).title("No outcomes yet").build());
    Roadmap everything = Roadmap.builder().from(edition).status(RoadmapStatus.FINAL) // a table reads as a DRAFT
        .putExtension("x-review", "true").actionLines(lines).build();

    Set<String> entries = new TreeSet<>();
    lostFields(everything).forEach(path -> entries.add(coveringEntry(path)));

    assertThat(entries).containsExactlyInAnyOrderElementsOf(RoadmapCsv.FIELDS_NOT_KEPT);
  }

  @Test
  void notes_nameEveryFieldNotKept() {
    Path file = dir.resolve("t.csv");

    assertThat(FormatNotes.readNote(file)).startsWith("roadmap: note: " + file + " is a flat CSV table")
        .contains(RoadmapCsv.FIELDS_NOT_KEPT);
    assertThat(FormatNotes.writeNote()).startsWith("roadmap: note: the CSV table holds one row per outcome")
        .contains(RoadmapCsv.FIELDS_NOT_KEPT);
    assertThat(FormatNotes.writeNote()).contains("sdgNote", "subItems", "introduction", "glossary", "mandateReferences",
        "asOf", "facilitator", "actionLines[].outcomes[].source", "references[].kind", "x-*");
  }

  @Test
  void notes_losslessFormat_none() {
    assertThat(FormatNotes.readNote(dir.resolve("t.json"), RoadmapFormat.json())).isNull();
    assertThat(FormatNotes.writeNote(RoadmapFormat.jsonLines())).isNull();
    assertThat(FormatNotes.writeNote(RoadmapFormat.csv())).isEqualTo(FormatNotes.writeNote());
  }

  @Test
  void convert_csvInAndOut_printsTheFullNotes() throws IOException {
    Path json = Fixtures.write(dir, "in.json", Fixtures.clean());
    Path csv = dir.resolve("out.csv");

    Cli.Result toCsv = Cli.run("convert", json.toString(), csv.toString());
    Cli.Result fromCsv = Cli.run("convert", csv.toString(), dir.resolve("back.json").toString());

    assertThat(toCsv.err()).contains(FormatNotes.writeNote());
    assertThat(fromCsv.err()).contains(FormatNotes.readNote(csv));
  }

  @Test
  void convert_csvWithUnknownTarget_exitsWithTheCellsLocation() throws IOException {
    Path json = Fixtures.write(dir, "in.json", Fixtures.clean());
    Path csv = dir.resolve("out.csv");
    assertThat(Cli.run("convert", json.toString(), csv.toString()).exit()).isZero();
    Path bad = Fixtures.writeText(dir, "bad.csv", java.nio.file.Files.readString(csv).replace("9.c", "9.z"));

    Cli.Result result = Cli.run("convert", bad.toString(), dir.resolve("bad.json").toString());

    assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err()).contains("row 1, `sdgLinks`: '9.z' is not an SDG target");
    assertThat(dir.resolve("bad.json")).doesNotExist();
  }
}
