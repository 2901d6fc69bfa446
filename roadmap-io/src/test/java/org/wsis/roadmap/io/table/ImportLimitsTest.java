package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.RoadmapJson;

final class ImportLimitsTest {
  private static final String OTHER = DocumentParserTest.otherEdition();

  @Test
  void importFile_longerThanTheDocumentLimit_isRefusedAsItIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("doc.txt"), OTHER);
    long bytes = Files.size(file);
    RoadmapTableImporter small = RoadmapTableImporter.create()
        .withLimits(ReadLimits.builder().maxDocumentLength(bytes - 1).build());
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> small.importFile(file));
    assertThat(e.getMessage()).contains("may be at most " + (bytes - 1) + " bytes long (see ReadLimits)");
    assertThat(e.getLine()).as("the byte cut is the last line break").isEqualTo((int) OTHER.chars().filter(c -> c == '\n').count());
    assertThat(RoadmapTableImporter.create().importFile(file).getRoadmap().getActionLines()).hasSize(1);
  }

  @Test
  void importText_longerThanTheDocumentLimit_isRefused() {
    RoadmapTableImporter small = RoadmapTableImporter.create()
        .withLimits(ReadLimits.builder().maxDocumentLength(100).build());
    assertThat(catchThrowableOfType(TableImportException.class, () -> small.importText(OTHER)).getMessage())
        .contains("may be at most 100 characters long");
  }

  @Test
  void importText_whoseJsonWouldPassTheDocumentLimit_isRefused() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    long json = RoadmapJson.toBytes(RoadmapTableImporter.create().importText(text).getRoadmap()).length;
    assertThat(json).as("the JSON is longer than the document").isGreaterThan(text.length());
    RoadmapTableImporter tight = RoadmapTableImporter.create()
        .withLimits(ReadLimits.builder().maxDocumentLength(json - 1).build());
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> tight.importText(text));
    assertThat(e.getMessage()).contains("must fit the document limit of " + (json - 1) + " bytes of canonical JSON");
    assertThat(RoadmapTableImporter.create().withLimits(ReadLimits.builder().maxDocumentLength(json).build())
        .importText(text).getRoadmap().outcomes()).isNotEmpty();
  }

  @Test
  void importText_withATextBeyondTheStringLimit_isRefusedAtItsSourceLine() {
    String longStatement = OTHER.replace("A: Develop policy", "A: Develop policy" + " and law".repeat(20));
    RoadmapTableImporter tight = RoadmapTableImporter.create()
        .withLimits(ReadLimits.builder().maxStringLength(100).build());
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> tight.importText(longStatement));
    assertThat(e.getMessage()).contains("string limit of 100 characters")
        .contains("/actionLines/0/outcomes/0/statement has");
    assertThat(e.getLine()).as("the row of the outcome").isEqualTo(15);
    assertThat(RoadmapTableImporter.create().importText(longStatement).getRoadmap().outcomes()).isNotEmpty();
  }

  @Test
  void importText_withMoreOutcomesThanJsonLinesLines_isRefused() {
    RoadmapTableImporter tight = RoadmapTableImporter.create().withLimits(ReadLimits.builder().maxJsonLines(3).build());
    assertThat(catchThrowableOfType(TableImportException.class, () -> tight.importText(OTHER)).getMessage())
        .contains("JSON Lines limit of 3 lines");
  }

  @Test
  void importText_moreLinesThanTheLineLimit_isRefusedAtTheFirstLineBeyond() {
    RoadmapTableImporter tight = RoadmapTableImporter.create().withLimits(ReadLimits.builder().maxTextLines(10).build());
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> tight.importText(OTHER));
    assertThat(e.getMessage()).contains("at most 10 lines");
    assertThat(e.getLine()).isEqualTo(11);
  }

  @Test
  void importStream_malformedUtf8_isRefusedAtItsLine() {
    byte[] bytes = OTHER.replace("First paragraph", "First \u0000paragraph").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bytes[i] = (byte) 0xFF;
      }
    }
    TableImportException e = catchThrowableOfType(TableImportException.class,
        () -> RoadmapTableImporter.create().importStream(new ByteArrayInputStream(bytes), "doc.txt"));
    assertThat(e.getMessage()).isEqualTo("line 7: a roadmap document must be UTF-8 text, but byte "
        + (OTHER.indexOf("First paragraph") + 7) + " (0xFF) cannot start or continue a character (binary file?)");
    assertThat(e.getLine()).isEqualTo(7);
  }

  @Test
  void importText_documentConcatenatedWithItself_reportsTheSecondTable() {
    ImportResult twice = RoadmapTableImporter.create().importText(OTHER + "\n" + OTHER);
    assertThat(twice.getRoadmap().getActionLines()).extracting(l -> l.getActionLine())
        .containsExactly(ActionLine.C3, ActionLine.C3);
    int second = OTHER.split("\n", -1).length + 9;
    assertThat(twice.getReport().issuesOf(ImportIssue.Kind.DUPLICATE_ACTION_LINE)).singleElement().satisfies(issue -> {
      assertThat(issue.getLine()).isEqualTo(second);
      assertThat(issue.getMessage()).contains("C3 has another table here after the one at line 9");
    });
    assertThat(RoadmapTableImporter.create().importText(OTHER).getReport()
        .issuesOf(ImportIssue.Kind.DUPLICATE_ACTION_LINE)).isEmpty();
  }
}
