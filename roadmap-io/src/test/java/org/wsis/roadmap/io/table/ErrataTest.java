package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapException;

final class ErrataTest {
  private static ImportResult printed;

  @BeforeAll
  static void importDocument() throws IOException {
    printed = RoadmapTableImporter.create().importText(DocumentParserTest.Documents.text2024(), "2024");
  }

  private static Errata errata(String json) {
    return Errata.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void apply_labelErratum_renamesTheOutcomeAndReportsThePrintedValue() {
    Errata errata = errata("{\"roadmap\":\"wsis-action-lines-roadmaps-2024-10-11\",\"errata\":[{\"outcome\":\"C6.GT.I\","
        + "\"field\":\"label\",\"printed\":\"I\",\"corrected\":\"l\",\"line\":479,\"reason\":\"capital i for l\"}]}");
    ImportResult corrected = errata.apply(printed);
    assertThat(corrected.getRoadmap().findOutcome(OutcomeId.parse("C6.GT.l")).orElseThrow().getStatement())
        .startsWith("Governments, in collaboration with stakeholders, are encouraged to formulate conducive ICT policies");
    assertThat(corrected.getRoadmap().findOutcome(OutcomeId.parse("C6.GT.I"))).isEmpty();
    assertThat(corrected.getReport().issuesOf(ImportIssue.Kind.ERRATUM_APPLIED)).singleElement().satisfies(i -> {
      assertThat(i.getLine()).isEqualTo(479);
      assertThat(i.getText()).isEqualTo("I");
      assertThat(i.getMessage()).contains("'l'").contains("capital i for l");
    });
    assertThat(corrected.getRoadmap().outcomes()).hasSameSizeAs(printed.getRoadmap().outcomes());
  }

  @Test
  void apply_covidErratum_readsTheCorrectedSymbols() {
    Errata errata = errata("{\"roadmap\":\"wsis-action-lines-roadmaps-2024-10-11\",\"errata\":[{\"outcome\":\"C5.GT.A2\","
        + "\"field\":\"covidResponse\",\"printed\":\"C20/18_C21/18\",\"corrected\":\"C20/18,C21/18\",\"reason\":\"underscore\"}]}");
    var response = errata.apply(printed).getRoadmap().findOutcome(OutcomeId.parse("C5.GT.A2")).orElseThrow().getCovidResponse().orElseThrow();
    assertThat(response.getDocuments()).containsExactly("C20/18", "C21/18");
    assertThat(response.getText()).isEmpty();
  }

  @Test
  void apply_printedValueNotFound_throwsNamingTheErratum() {
    Errata errata = errata("{\"roadmap\":\"wsis-action-lines-roadmaps-2024-10-11\",\"errata\":[{\"outcome\":\"C6.GT.k\","
        + "\"field\":\"label\",\"printed\":\"K\",\"corrected\":\"k\",\"reason\":\"r\"}]}");
    assertThatThrownBy(() -> errata.apply(printed)).isInstanceOf(RoadmapException.class)
        .hasMessageContaining("C6.GT.k").hasMessageContaining("'K'");
  }

  @Test
  void apply_unknownOutcome_throws() {
    Errata errata = errata("{\"roadmap\":\"wsis-action-lines-roadmaps-2024-10-11\",\"errata\":[{\"outcome\":\"C6.GT.z\","
        + "\"field\":\"label\",\"printed\":\"z\",\"corrected\":\"y\",\"reason\":\"r\"}]}");
    assertThatThrownBy(() -> errata.apply(printed)).isInstanceOf(RoadmapException.class).hasMessageContaining("C6.GT.z");
  }

  @Test
  void apply_otherEdition_throws() {
    assertThatThrownBy(() -> Errata.of("another-edition", List.of()).apply(printed))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("another-edition");
  }

  @Test
  void read_badFiles_throwWithTheErratumAtFault() {
    assertThatThrownBy(() -> errata("{\"roadmap\":\"x\",\"errata\":[{\"outcome\":\"C6.GT.I\",\"field\":\"colour\","
        + "\"printed\":\"I\",\"corrected\":\"l\",\"reason\":\"r\"}]}"))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("/errata/0").hasMessageContaining("colour");
    assertThatThrownBy(() -> errata("{\"roadmap\":\"x\",\"errata\":[{\"outcome\":\"C6.GT.I\"}]}"))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("'field'");
    assertThatThrownBy(() -> errata("[1,2"))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("JSON");
    assertThatThrownBy(() -> errata("[]"))
        .isInstanceOf(RoadmapException.class).hasMessageContaining("'roadmap'");
  }

  @Test
  void bundledErrata_allApplyToThe2024Edition() throws IOException {
    ImportResult corrected = BundledEdition2024Test.importEdition2024();
    assertThat(corrected.getReport().issuesOf(ImportIssue.Kind.ERRATUM_APPLIED)).hasSize(15);
  }
}
