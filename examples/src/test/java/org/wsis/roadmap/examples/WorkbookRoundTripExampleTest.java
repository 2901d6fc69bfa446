package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.Roadmap;

final class WorkbookRoundTripExampleTest {
  @TempDir
  Path dir;

  @Test
  void roundTrip_bundledRoadmaps_sameCanonicalJson() {
    Roadmap roadmap = GetRoadmapsExample.edition2024();

    assertThat(WorkbookRoundTripExample.roundTrip(roadmap, dir.resolve("roadmap.xlsx"))).isTrue();
    assertThat(dir.resolve("roadmap.xlsx")).isRegularFile();
  }

  @Test
  void main_printsTheOutcomesAndThatTheJsonIsTheSame() {
    String out = StdOut.of(() -> WorkbookRoundTripExample.main(new String[] {dir.resolve("r.xlsx").toString()}));

    assertThat(out).isEqualTo("r.xlsx: 68 outcomes, same canonical JSON true" + System.lineSeparator());
  }

  @Test
  void readEdited_misspeltHeader_printsOneProblemWithSheetAndCell() throws IOException {
    Path written = dir.resolve("roadmap.xlsx");
    WorkbookRoundTripExample.roundTrip(GetRoadmapsExample.edition2024(), written);
    Path edited = dir.resolve("edited.xlsx");
    replaceInParts(written, edited, "<t>sdgNote</t>", "<t>sdgNotes</t>");

    String out = StdOut.of(() -> WorkbookRoundTripExample.readEdited(edited));

    assertThat(out.lines()).hasSize(1).first().asString()
        .startsWith("sheet 'outcomes', cell ").contains("(sdgNotes): header must be one of");
  }

  /** Copies a workbook, replacing a text in the XML of its parts (as an edit in a spreadsheet would). */
  private static void replaceInParts(Path from, Path to, String text, String replacement) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (entry.getName().startsWith("xl/worksheets/")) {
          bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(text, replacement)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new ZipEntry(entry.getName()));
        zout.write(bytes);
        zout.closeEntry();
      }
    }
  }
}
