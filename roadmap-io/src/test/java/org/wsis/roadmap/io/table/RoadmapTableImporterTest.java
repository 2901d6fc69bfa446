package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;

final class RoadmapTableImporterTest {
  private final RoadmapTableImporter importer = RoadmapTableImporter.create();

  @Test
  void importText_otherEdition_importsWithNoCodeChange() {
    ImportResult result = importer.importText(DocumentParserTest.otherEdition(), "c3.txt");
    Roadmap roadmap = result.getRoadmap();
    assertThat(roadmap.getId()).isEqualTo("wsis-action-lines-roadmaps-2031-03-03");
    assertThat(roadmap.getActionLines()).singleElement().satisfies(line -> assertThat(line.getActionLine()).isEqualTo(ActionLine.C3));
    Outcome a = roadmap.findOutcome(OutcomeId.parse("C3.GT.A")).orElseThrow();
    assertThat(a.getStatement()).isEqualTo("Develop policy and law");
    assertThat(a.getResults().getExpected()).containsExactly("One more of one");
    Outcome b = roadmap.findOutcome(OutcomeId.parse("C3.GT.B")).orElseThrow();
    assertThat(b.getSubItems()).extracting(s -> s.getLabel() + "=" + s.getText()).containsExactly("B1=first", "B2=second");
    assertThat(roadmap.getGlossary()).singleElement().satisfies(g -> assertThat(g.getTerm()).isEqualTo("PKI"));
    assertThat(result.getReport().getSource()).isEqualTo("c3.txt");
  }

  @Test
  void importText_empty_throwsAtLineOne() {
    assertThatThrownBy(() -> importer.importText("")).isInstanceOf(TableImportException.class)
        .hasMessageContaining("empty").extracting(e -> ((TableImportException) e).getLine()).isEqualTo(1);
    assertThatThrownBy(() -> importer.importText(" \n\t\n")).isInstanceOf(TableImportException.class);
  }

  @Test
  void importText_otherLayout_throws() {
    assertThatThrownBy(() -> importer.importText("name,age\nAda,36\n")).isInstanceOf(TableImportException.class)
        .hasMessageContaining("Roadmap for WSIS Action Line");
  }

  @Test
  void importText_truncatedAfterHeading_throwsAtTheHeading() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    String truncated = text.substring(0, text.indexOf("Note: GCA"));
    assertThatThrownBy(() -> importer.importText(truncated)).isInstanceOf(TableImportException.class)
        .hasMessageContaining("C5").hasMessageContaining("truncated")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(252);
  }

  @Test
  void importText_truncatedInsideARow_keepsWhatWasPrinted() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    String truncated = text.substring(0, text.indexOf("Countries like Comoros") + 9);
    ImportResult result = importer.importText(truncated);
    assertThat(result.getRoadmap().outcomes()).extracting(o -> o.getId().toString()).containsExactly("C2.GT.A", "C2.GT.B");
    assertThat(result.getRoadmap().findOutcome(OutcomeId.parse("C2.GT.B")).orElseThrow().getStatement()).isEqualTo("In the context of national e-strategies,");
    assertThat(result.getReport().issuesOf(ImportIssue.Kind.MALFORMED_ROW)).singleElement()
        .satisfies(i -> assertThat(i.getLine()).isEqualTo(40));
  }

  @Test
  void importText_controlCharacters_throwWithTheirLine() {
    assertThatThrownBy(() -> importer.importText("title\nline two\u0000\u0001")).isInstanceOf(TableImportException.class)
        .hasMessageContaining("U+0000").extracting(e -> ((TableImportException) e).getLine()).isEqualTo(2);
  }

  @Test
  void importStream_binary_throwsWithTheLineOfTheFirstBadByte() {
    byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, 0, 1, 2};
    assertThatThrownBy(() -> importer.importStream(new ByteArrayInputStream(bytes), "x.bin"))
        .isInstanceOf(TableImportException.class).hasMessageContaining("UTF-8")
        .extracting(e -> ((TableImportException) e).getLine()).isEqualTo(3);
  }

  @Test
  void importFile_document2024_equalsImportText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("roadmaps.txt");
    Files.writeString(file, DocumentParserTest.Documents.text2024(), StandardCharsets.UTF_8);
    ImportResult fromFile = importer.importFile(file);
    assertThat(fromFile.getRoadmap()).isEqualTo(importer.importText(DocumentParserTest.Documents.text2024()).getRoadmap());
    assertThat(fromFile.getReport().getSource()).isEqualTo("roadmaps.txt");
  }

  @Test
  void importText_crlfLineEnds_giveTheSameRoadmap() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    assertThat(importer.importText(text.replace("\n", "\r\n")).getRoadmap()).isEqualTo(importer.importText(text).getRoadmap());
  }

  @Test
  void importText_sameInput_sameReport() throws IOException {
    String text = DocumentParserTest.Documents.text2024();
    assertThat(importer.importText(text).getReport().toText()).isEqualTo(importer.importText(text).getReport().toText());
  }
}
