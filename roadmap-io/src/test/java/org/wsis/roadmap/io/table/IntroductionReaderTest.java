package org.wsis.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;

/** Mandate citations and the facilitator read from the prose of an introduction. */
final class IntroductionReaderTest {

  private static IntroductionReader read(IssueLog log, String... paragraphs) {
    IntroductionReader reader = new IntroductionReader(log);
    Integer[] lines = new Integer[paragraphs.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = 10 + i;
    }
    reader.read(List.of(paragraphs), List.of(lines));
    return reader;
  }

  @Test
  void read_citationsInProse_areTheMandateReferencesWithoutTheProse() {
    IssueLog log = new IssueLog();
    IntroductionReader reader = read(log,
        "The roadmap document was developed following the ITU Council 2009 upon its Resolution 1282, which called ITU to "
            + "develop a roadmap. ITU Council 2016 further highlighted the importance of this exercise until 2025.",
        "In 2019, the roadmaps have been updated in accordance with the instructs of ITU PP- Resolution 140 (2022).");
    assertThat(reader.references()).extracting(Reference::getRaw)
        .containsExactly("Resolution 1282", "PP- Resolution 140 (2022)");
    assertThat(reader.references()).allSatisfy(r -> assertThat(r).isInstanceOf(ResolutionRef.class));
    assertThat(((ResolutionRef) reader.references().get(1)).getBody()).contains(ResolutionBody.PP);
    assertThat(log.issuesOf(ImportIssue.Kind.INTRODUCTION_READ)).extracting(ImportIssue::getLine, ImportIssue::getText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "Resolution 1282"),
            org.assertj.core.groups.Tuple.tuple(11, "PP- Resolution 140 (2022)"));
    assertThat(log.issuesOf(ImportIssue.Kind.INTRODUCTION_READ)).allSatisfy(i -> assertThat(i.getOutcome()).isEmpty());
  }

  @Test
  void read_sameCitationTwice_listsItOnce() {
    IntroductionReader reader = read(new IssueLog(), "Council Resolution 1306 asks for it.", "Council Resolution 1306 asks for it.");
    assertThat(reader.references()).hasSize(1);
  }

  @Test
  void read_proseOnly_hasNoReferencesAndNoFacilitator() {
    IssueLog log = new IssueLog();
    IntroductionReader reader = read(log, "The roadmaps are living documents that will be updated regularly.");
    assertThat(reader.references()).isEmpty();
    assertThat(reader.facilitator()).isNull();
    assertThat(log.issues()).isEmpty();
  }

  @Test
  void read_organisationAsFacilitator_isTheFacilitator() {
    IssueLog log = new IssueLog();
    IntroductionReader reader = read(log, "In line with its mandate and the WSIS outcome documents, the ITU continues to play a key "
        + "role in particular, as the WSIS Action Lines Sole Facilitator for Action Line C2 (Information and Communication "
        + "Infrastructure).", "Action Lines whereby ITU is the lead facilitator.");
    assertThat(reader.facilitator()).isEqualTo("ITU");
    assertThat(log.issuesOf(ImportIssue.Kind.INTRODUCTION_READ)).singleElement()
        .satisfies(i -> assertThat(i.getText()).isEqualTo("ITU"));
  }

  @Test
  void read_otherCatalogueOrganisation_isReadToo() {
    assertThat(read(new IssueLog(), "UNESCO acts as the lead facilitator of Action Line C3.").facilitator()).isEqualTo("UNESCO");
  }

  @Test
  void read_twoOrganisationsNamedAsFacilitator_takesNone() {
    IssueLog log = new IssueLog();
    IntroductionReader reader = read(log, "UNESCO is the lead facilitator. ITU is the lead facilitator.");
    assertThat(reader.facilitator()).isNull();
    assertThat(log.issuesOf(ImportIssue.Kind.INTRODUCTION_READ)).singleElement()
        .satisfies(i -> assertThat(i.getText()).isEqualTo("ITU, UNESCO"));
  }

  @Test
  void read_facilitatorWithoutOrganisationOrRolePhrase_takesNone() {
    assertThat(read(new IssueLog(), "The facilitator meets twice a year.").facilitator()).isNull();
    assertThat(read(new IssueLog(), "ITU hosts the meeting; facilitators attend.").facilitator()).isNull();
    assertThat(read(new IssueLog(), "ITU supports the WSIS Forum, as do the facilitators.").facilitator()).isNull();
    assertThat(read(new IssueLog(), "Those who act as facilitator meet.").facilitator()).isNull();
  }

  @Test
  void sentences_splitAtFullStopsButNotInsideBracketsOrAfterAbbreviations() {
    assertThat(IntroductionReader.sentences("See Resolution 174 (Rev. Dubai, 2018). Res. 76 applies. It ends."))
        .containsExactly("See Resolution 174 (Rev. Dubai, 2018).", "Res. 76 applies.", "It ends.");
  }
}
