package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TimingEntry;

/** Facts of the 2024 document, read by a person from the document, checked against the import as printed. */
final class Edition2024ImportTest {
  private static ImportResult result;
  private static Roadmap roadmap;

  @BeforeAll
  static void importDocument() throws IOException {
    result = RoadmapTableImporter.create().importText(DocumentParserTest.Documents.text2024(), "wsis-action-lines-roadmaps-2024-10-11.txt");
    roadmap = result.getRoadmap();
  }

  private static Outcome outcome(String id) {
    return roadmap.findOutcome(OutcomeId.parse(id)).orElseThrow(() -> new AssertionError("no outcome " + id));
  }

  private static String labels(ActionLine line, OutcomeSection section) {
    return roadmap.findActionLine(line).orElseThrow().outcomesOf(section).stream()
        .map(Outcome::getLabel).collect(Collectors.joining(" "));
  }

  @Test
  void roadmap_titleBlock_isRead() {
    assertThat(roadmap.getId()).isEqualTo("wsis-action-lines-roadmaps-2024-10-11");
    assertThat(roadmap.getTitle()).isEqualTo("WSIS Action Lines Roadmaps C2, C4, C5, C6");
    assertThat(roadmap.getStatus()).isEqualTo(RoadmapStatus.DRAFT);
    assertThat(roadmap.getAsOf()).contains(LocalDate.of(2024, 10, 11));
    assertThat(roadmap.getIntroduction()).hasSize(4);
    assertThat(roadmap.getIntroduction().get(3)).isEqualTo("The roadmaps are living documents that will be updated regularly in an ongoing process.");
  }

  @Test
  void introduction_mandateReferencesAndFacilitator_areRead() {
    assertThat(roadmap.getFacilitator()).contains("ITU");
    assertThat(roadmap.getMandateReferences()).extracting(org.wsis.roadmap.Reference::getRaw)
        .containsExactly("Resolution 1282", "PP- Resolution 140 (2022)");
    assertThat(roadmap.getMandateReferences()).extracting(r -> ((org.wsis.roadmap.ResolutionRef) r).getBody().orElseThrow())
        .containsExactly(org.wsis.roadmap.ResolutionBody.COUNCIL, org.wsis.roadmap.ResolutionBody.PP);
  }

  @Test
  void achievements_metrics_areOnlyRealQuantities() {
    assertThat(roadmap.outcomes().stream().flatMap(o -> o.getResults().getAchievements().stream())
        .flatMap(a -> a.getMetric().stream()).map(org.wsis.roadmap.Metric::getRaw))
        .containsExactly("13 Regional Groups");
  }

  @Test
  void actionLines_titlesAsPrinted() {
    assertThat(roadmap.getActionLines()).extracting(ActionLineRoadmap::getActionLine)
        .containsExactly(ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6);
    assertThat(roadmap.getActionLines()).extracting(ActionLineRoadmap::getTitle).containsExactly(
        "Information and Communication Infrastructure",
        "Capacity Building",
        "Building Confidence and Security in Use of ICTs",
        "Enabling Environment");
    assertThat(roadmap.findActionLine(ActionLine.C5).orElseThrow().getSource()).contains(SourceRange.of(252, 377));
  }

  @Test
  void notes_andGlossary_comeFromTheC5Note() {
    assertThat(roadmap.findActionLine(ActionLine.C5).orElseThrow().getNotes()).containsExactly("GCA – Global Cybersecurity Agenda");
    assertThat(roadmap.findActionLine(ActionLine.C2).orElseThrow().getNotes()).isEmpty();
    assertThat(roadmap.getGlossary()).extracting(GlossaryEntry::getTerm, GlossaryEntry::getMeaning)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GCA", "Global Cybersecurity Agenda"));
  }

  @Test
  void outcomes_countsPerActionLineAndSection() {
    assertThat(roadmap.outcomes()).hasSize(68);
    assertThat(labels(ActionLine.C2, OutcomeSection.GENEVA_TUNIS)).isEqualTo("A B C D E F G H I J K L");
    assertThat(labels(ActionLine.C2, OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d");
    assertThat(labels(ActionLine.C4, OutcomeSection.GENEVA_TUNIS)).isEqualTo("A B C D E F");
    assertThat(labels(ActionLine.C4, OutcomeSection.WSIS_PLUS_10)).isEqualTo("a");
    assertThat(labels(ActionLine.C5, OutcomeSection.GENEVA_TUNIS)).isEqualTo("A1 A2 B1 B2 B3 B4 B5 C D E F G H I J");
    assertThat(labels(ActionLine.C5, OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d e f");
    // printed 'I.' between 'k.' and 'm.': kept as printed by the importer, corrected by the errata
    assertThat(labels(ActionLine.C6, OutcomeSection.GENEVA_TUNIS)).isEqualTo("a b c d e f g h i j k I m n o p q r");
    assertThat(labels(ActionLine.C6, OutcomeSection.WSIS_PLUS_10)).isEqualTo("a b c d e f");
  }

  @Test
  void statements_ofChosenOutcomes() {
    assertThat(outcome("C5.GT.B3").getStatement()).isEqualTo(
        "Governments, in cooperation with the private sector, should prevent, detect and respond to cyber-crime and misuse of ICTs by: Promoting effective mutual assistance efforts");
    assertThat(outcome("C2.GT.B").getStatement()).isEqualTo(
        "In the context of national e-strategies, devise appropriate universal access policies and strategies, and their means of implementation, in line with the indicative targets, and develop ICT connectivity indicators");
    assertThat(outcome("C4.GT.E").getStatement()).isEqualTo("Promote international and regional cooperation in the field of capacity development.");
    assertThat(outcome("C6.W10.b").getStatement()).isEqualTo("foster broadband development and deployment;");
    assertThat(outcome("C6.GT.j").getStatement()).isEqualTo(
        "Invite stakeholders to ensure that practices designed to facilitate electronic commerce also permit consumers to have a choice as to whether or not to use electronic communication.");
  }

  @Test
  void subItems_spreadOverPages_areRebuilt() {
    Outcome d = outcome("C2.GT.D");
    assertThat(d.getStatement()).endsWith(
        "Support technical, regulatory and operational studies by the International Telecommunication Union (ITU) and, as appropriate, other relevant international organizations in order to:");
    assertThat(d.getSubItems()).extracting(SubItem::getLabel, SubItem::getText).containsExactly(
        org.assertj.core.groups.Tuple.tuple("D1", "broaden access to orbital resources, global frequency harmonization and global systems standardization"),
        org.assertj.core.groups.Tuple.tuple("D2", "encourage public-private partnership"),
        org.assertj.core.groups.Tuple.tuple("D3", "promote the provision of global highspeed satellite services for underserved areas such as remote and sparsely populated areas"),
        org.assertj.core.groups.Tuple.tuple("D4", "explore other systems that can provide high-speed connectivity"));
    assertThat(d.getSource()).contains(SourceRange.of(57, 66));
    assertThat(outcome("C6.GT.c").getSubItems()).extracting(SubItem::getLabel, SubItem::getText).containsExactly(
        org.assertj.core.groups.Tuple.tuple("i", "facilitate the establishment of national and regional Internet Exchange Centres;"),
        org.assertj.core.groups.Tuple.tuple("ii", "manage or supervise, as appropriate, their respective country code top-level domain name (ccTLD);"),
        org.assertj.core.groups.Tuple.tuple("iii", "promote awareness of the Internet."));
    // the document prints i., ii. and iv. for b.: iii. is missing
    assertThat(outcome("C6.GT.b").getSubItems()).extracting(SubItem::getLabel).containsExactly("i", "ii", "iv");
  }

  @Test
  void timing_ofChosenOutcomes() {
    assertThat(outcome("C2.GT.D").getTiming().orElseThrow().getRaw()).isEqualTo("2020-2030");
    assertThat(outcome("C4.GT.A").getTiming().orElseThrow().getRaw()).isEqualTo("Since 2019 (continuous)");
    assertThat(outcome("C4.GT.C").getTiming().orElseThrow().getEntries()).extracting(TimingEntry::getKind)
        .containsExactly(TimingEntry.Kind.CONTINUOUS);
    TimingEntry d = outcome("C4.GT.D").getTiming().orElseThrow().getEntries().get(0);
    assertThat(d.getKind()).isEqualTo(TimingEntry.Kind.SPAN);
    assertThat(d.getFrom()).contains(2016);
    assertThat(d.getTo()).contains(2030);
    assertThat(outcome("C4.GT.F").getTiming().orElseThrow().getEntries().get(0).getKind()).isEqualTo(TimingEntry.Kind.TO_DATE);
    // four values printed on four pages of row E
    assertThat(outcome("C4.GT.E").getTiming().orElseThrow().getEntries()).extracting(TimingEntry::getRaw)
        .containsExactly("Since 2016", "2000 – 2022", "2023 to date", "2019 to date");
    assertThat(outcome("C4.W10.a").getTiming().orElseThrow().getRaw()).isEqualTo("2017 to 2021");
    assertThat(roadmap.findActionLine(ActionLine.C5).orElseThrow().getOutcomes())
        .allSatisfy(o -> assertThat(o.getTiming().orElseThrow().getRaw()).isEqualTo("2023-2025"));
  }

  @Test
  void sdgLinks_ofChosenOutcomes() {
    assertThat(outcome("C2.GT.A").getSdgLinks()).containsExactly(SdgLink.parse("8"), SdgLink.parse("9"));
    assertThat(outcome("C2.W10.d").getSdgLinks()).containsExactly(SdgLink.parse("9"), SdgLink.parse("11"));
    assertThat(outcome("C5.W10.c").getSdgLinks()).containsExactly(SdgLink.parse("4.1"), SdgLink.parse("4.5"), SdgLink.parse("16.2"));
    assertThat(outcome("C5.GT.A1").getSdgRaw()).contains("1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8");
    assertThat(outcome("C5.GT.A1").getSdgLinks()).hasSize(14).startsWith(SdgLink.parse("1.4")).endsWith(SdgLink.parse("17.8"));
    assertThat(outcome("C4.GT.D").getSdgLinks()).containsExactly(SdgLink.parse("5"), SdgLink.parse("10"));
  }

  @Test
  void references_ofChosenOutcomes_keepRawText() {
    assertThat(outcome("C4.GT.F").getReferences()).singleElement().satisfies(r -> assertThat(r.getRaw()).isEqualTo("WTDC Res. 73"));
    assertThat(outcome("C5.GT.A1").getReferences()).isNotEmpty();
    assertThat(outcome("C5.GT.A1").getReferences().get(0).getRaw()).startsWith("ITU Strategic Goal 1");
  }

  @Test
  void results_areDividedByHeadings() {
    Outcome a = outcome("C2.GT.A");
    assertThat(a.getResults().getExpected()).containsExactly(
        "Establish a reference framework for harmonizing telecom/ICT policies.",
        "Develop competitive, sustainable telecom/ICT markets",
        "Adopt harmonized technical standards for improved connectivity",
        "Provide policy assistance for regional harmonized ICT markets");
    assertThat(a.getResults().getActivities()).hasSize(8).startsWith(
        "Assessments, studies, toolkits, and frameworks. Global ICT market trends. Tools for evidence-based policymaking. Workshops on ICT standards awareness.");
    assertThat(outcome("C6.GT.b").getResults().getAchievements()).hasSize(6);
    assertThat(outcome("C4.GT.A").getResults().getText()).containsExactly(
        "More than 250,000 course participants from underserved communities (covering 13 countries and four regions) have been trained in basic and intermediate digital skills since 2020.");
  }

  @Test
  void covidResponse_ofChosenOutcomes() {
    assertThat(outcome("C5.GT.A1").getCovidResponse().orElseThrow().getDocuments()).containsExactly("C20/18", "C21/18");
    assertThat(outcome("C5.GT.A1").getCovidResponse().orElseThrow().getInitiatives()).containsExactly("REG4COVID");
    assertThat(outcome("C5.GT.A2").getCovidResponse().orElseThrow().getText()).containsExactly("C20/18_C21/18");
    assertThat(outcome("C6.GT.m").getCovidResponse().orElseThrow().getText()).singleElement()
        .satisfies(t -> assertThat(t).startsWith("BDT has produced the ITU Report on the Economic impact of broadband"));
    assertThat(roadmap.findActionLine(ActionLine.C2).orElseThrow().getOutcomes()).allSatisfy(o -> assertThat(o.getCovidResponse()).isEmpty());
  }

  @Test
  void emptyCells_giveEmptyFields() {
    List<Outcome> c6 = roadmap.findActionLine(ActionLine.C6).orElseThrow().getOutcomes();
    assertThat(outcome("C6.GT.a").getTiming().orElseThrow().getRaw()).isEqualTo("2023-2025");
    assertThat(c6.subList(1, c6.size())).allSatisfy(o -> assertThat(o.getTiming()).as(o.getId().toString()).isEmpty());
    assertThat(c6).allSatisfy(o -> {
      assertThat(o.getReferences()).isEmpty();
      assertThat(o.getSdgLinks()).isEmpty();
      assertThat(o.getSdgRaw()).isEmpty();
    });
    for (String id : List.of("C6.GT.j", "C6.GT.n", "C6.W10.a", "C6.W10.b", "C6.W10.d", "C6.W10.e", "C6.W10.f")) {
      Outcome o = outcome(id);
      assertThat(o.getEvidence()).as(id).isEmpty();
      assertThat(o.getResults().isEmpty()).as(id).isTrue();
      assertThat(o.getCovidResponse()).as(id).isEmpty();
    }
    assertThat(outcome("C4.GT.C").getReferences()).isEmpty();
    assertThat(outcome("C4.W10.a").getSdgLinks()).isEmpty();
  }

  @Test
  void sourceRanges_coverEveryRow() {
    assertThat(roadmap.outcomes()).allSatisfy(o -> assertThat(o.getSource()).isPresent());
    assertThat(outcome("C6.GT.a").getSource()).contains(SourceRange.of(385, 433));
    assertThat(outcome("C6.W10.f").getSource()).contains(SourceRange.of(523, 523));
  }

  @Test
  void report_listsTheDefectsOfThePrintedDocument() {
    ImportReport report = result.getReport();
    assertThat(report.issuesOf(ImportIssue.Kind.LABEL_SEQUENCE)).extracting(ImportIssue::getLine, ImportIssue::getText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(440, "iv"),
            org.assertj.core.groups.Tuple.tuple(479, "I"),
            org.assertj.core.groups.Tuple.tuple(486, "m"));
    assertThat(report.issuesOf(ImportIssue.Kind.UNREAD_COVID)).hasSize(14)
        .allSatisfy(i -> assertThat(i.getText()).isEqualTo("C20/18_C21/18"));
    assertThat(report.issuesOf(ImportIssue.Kind.UNPLACED_TEXT)).isEmpty();
    assertThat(report.issuesOf(ImportIssue.Kind.MALFORMED_ROW)).isEmpty();
  }
}
