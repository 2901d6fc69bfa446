package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Citations as the 2024 roadmaps print them. */
final class ReferenceTest {

  private static ResolutionRef resolution(Reference ref) {
    assertThat(ref.getKind()).as(ref.getRaw()).isEqualTo(Reference.Kind.RESOLUTION);
    return (ResolutionRef) ref;
  }

  private static void assertResolution(Reference ref, ResolutionBody body, List<String> numbers, boolean revised,
      String place, Integer year, String raw) {
    ResolutionRef r = resolution(ref);
    assertThat(r.getBody()).as(raw).isEqualTo(Optional.ofNullable(body));
    assertThat(r.getNumbers()).as(raw).isEqualTo(numbers);
    assertThat(r.isRevised()).as(raw).isEqualTo(revised);
    assertThat(r.getPlace()).as(raw).isEqualTo(Optional.ofNullable(place));
    assertThat(r.getYear()).as(raw).isEqualTo(Optional.ofNullable(year));
    assertThat(r.getRaw()).isEqualTo(raw);
  }

  @Test
  void parse_strategicGoalWithTarget() {
    StrategicGoalRef ref = (StrategicGoalRef) Reference.parse("ITU Strategic Goal 1 (Target 1.6)");
    assertThat(ref.getGoal()).isEqualTo(1);
    assertThat(ref.getTarget()).contains("1.6");
    assertThat(ref.getRaw()).isEqualTo("ITU Strategic Goal 1 (Target 1.6)");
  }

  @Test
  void parse_ppResolutionsWithRevisionAndBodySuffix() {
    assertResolution(Reference.parse("Resolutions 71, 130, 140, 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference"),
        ResolutionBody.PP, List.of("71", "130", "140", "179"), true, "Bucharest", 2022,
        "Resolutions 71, 130, 140, 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference");
  }

  @Test
  void parse_wtdcPrefix() {
    assertResolution(Reference.parse("WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)"), ResolutionBody.WTDC,
        List.of("45", "2", "67", "69"), true, "Kigali", 2022, "WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)");
  }

  @Test
  void parse_venueAndYearOfKnownConference_givesBody() {
    assertResolution(Reference.parse("Resolution 174 (Rev. Dubai, 2018)"), ResolutionBody.PP, List.of("174"), true,
        "Dubai", 2018, "Resolution 174 (Rev. Dubai, 2018)");
    assertResolution(Reference.parse("Resolution 37 (Rev. Buenos Aires, 2017)"), ResolutionBody.WTDC, List.of("37"), true,
        "Buenos Aires", 2017, "Resolution 37 (Rev. Buenos Aires, 2017)");
    assertResolution(Reference.parse("RESOLUTION 44 (Florianopolis, 2004)"), ResolutionBody.WTSA, List.of("44"), false,
        "Florianopolis", 2004, "RESOLUTION 44 (Florianopolis, 2004)");
  }

  @Test
  void parse_unknownVenue_leavesBodyEmpty() {
    assertResolution(Reference.parse("Resolution 12 (Rev. Lisbon, 2021)"), null, List.of("12"), true, "Lisbon", 2021,
        "Resolution 12 (Rev. Lisbon, 2021)");
  }

  @Test
  void parse_councilResolution() {
    assertResolution(Reference.parse("Council Resolution 1306"), ResolutionBody.COUNCIL, List.of("1306"), false, null, null,
        "Council Resolution 1306");
    assertResolution(Reference.parse("Resolution 1334 (Modified 2013)"), ResolutionBody.COUNCIL, List.of("1334"), true,
        null, 2013, "Resolution 1334 (Modified 2013)");
  }

  @Test
  void parse_unGeneralAssemblyResolution() {
    assertResolution(Reference.parse("Resolution 70/1"), ResolutionBody.UNGA, List.of("70/1"), false, null, null, "Resolution 70/1");
    assertResolution(Reference.parse("A/RES/70/125"), ResolutionBody.UNGA, List.of("70/125"), false, null, null, "A/RES/70/125");
  }

  @Test
  void parse_conferenceLabelPrefix_givesBodyAndYear() {
    assertResolution(Reference.parse("PP-14 Resolution 123"), ResolutionBody.PP, List.of("123"), false, null, 2014,
        "PP-14 Resolution 123");
    assertResolution(Reference.parse("WTSA-20 Resolution 44"), ResolutionBody.WTSA, List.of("44"), false, null, 2022,
        "WTSA-20 Resolution 44");
  }

  @Test
  void readAll_venueResolutionWithoutNumber_keepsIt() {
    assertResolution(Reference.readAll("Kigali Resolution (2022)").get(0), ResolutionBody.WTDC, List.of(), false, "Kigali",
        2022, "Kigali Resolution (2022)");
  }

  @Test
  void parse_resolutionWithoutNumber_throws() {
    assertThatThrownBy(() -> Reference.parse("Kigali Resolution (2022):"))
        .isInstanceOf(RoadmapParseException.class)
        .hasMessage("Citation of a resolution must give its number, such as 'Resolution 174 (Rev. Dubai, 2018)', "
            + "but was: 'Kigali Resolution (2022):'");
    assertThat(Reference.parse("Kigali Resolution 45 (2022):")).isInstanceOf(ResolutionRef.class);
  }

  @Test
  void parse_wrcAndRaForms() {
    assertResolution(Reference.parse("Resolution 76 (Rev.WRC-23)"), ResolutionBody.WRC, List.of("76"), true, null, 2023,
        "Resolution 76 (Rev.WRC-23)");
    assertResolution(Reference.parse("Resolution ITU-R 1-5"), ResolutionBody.RA, List.of("1-5"), false, null, null,
        "Resolution ITU-R 1-5");
  }

  @Test
  void parse_instrumentWithRevision() {
    InstrumentRef ref = (InstrumentRef) Reference.parse("ITRs (Rev. Dubai, 2012)");
    assertThat(ref.getName()).isEqualTo("ITRs");
    assertThat(ref.getPlace()).contains("Dubai");
    assertThat(ref.getYear()).contains(2012);
  }

  @Test
  void parse_councilDocuments() {
    DocumentRef ref = (DocumentRef) Reference.parse("Council Documents C15/18, C16/18");
    assertThat(ref.getIssuer()).contains("Council");
    assertThat(ref.getSymbols()).containsExactly("C15/18", "C16/18");
    DocumentRef spaced = (DocumentRef) Reference.parse("Council Documents C15/18 ,C16/18, C17/18, C18/18 , C19/18");
    assertThat(spaced.getSymbols()).containsExactly("C15/18", "C16/18", "C17/18", "C18/18", "C19/18");
  }

  @Test
  void readAll_fullC2Cell_readsEveryCitationInOrder() {
    List<Reference> refs = Reference.readAll("<p>ITU Strategic Goal 1 (Target 1.6)</p> <p>Resolutions 71, 130, 140, 179 (Rev. "
        + "Bucharest, 2022) of the Plenipotentiary Conference</p> <p>Resolution 174 (Rev. Dubai, 2018), 181 (Guadalajara, "
        + "2010) of the Plenipotentiary Conference</p> <p>ITRs (Rev. Dubai, 2012)</p> <p>Council Resolution 1306</p> "
        + "<p>WTDC Resolutions 45, 2, 67, 69 (Rev. Kigali, 2022)</p> <p>ITU-D priorities (Kigali Action Plan)</p> "
        + "<p>Resolutions 50 (Rev. Geneva, 2022), 52 (Rev. Hammamet, 2016), 75 (Rev. Geneva, 2022), 58 (Rev. Geneva, 2022) "
        + "of World Telecommunication Standardization Assembly</p>");
    assertThat(refs).extracting(Reference::getKind).containsExactly(
        Reference.Kind.STRATEGIC_GOAL, Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION,
        Reference.Kind.INSTRUMENT, Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION, Reference.Kind.TEXT,
        Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION, Reference.Kind.RESOLUTION);
    assertResolution(refs.get(2), ResolutionBody.PP, List.of("174"), true, "Dubai", 2018, "Resolution 174 (Rev. Dubai, 2018)");
    assertResolution(refs.get(3), ResolutionBody.PP, List.of("181"), false, "Guadalajara", 2010,
        "181 (Guadalajara, 2010) of the Plenipotentiary Conference");
    assertThat(refs.get(7).getRaw()).isEqualTo("ITU-D priorities (Kigali Action Plan)");
    assertResolution(refs.get(9), ResolutionBody.WTSA, List.of("52"), true, "Hammamet", 2016, "52 (Rev. Hammamet, 2016)");
    assertThat(refs).filteredOn(r -> r.getKind() == Reference.Kind.RESOLUTION).allSatisfy(
        r -> assertThat(((ResolutionRef) r).getBody()).isPresent());
  }

  @Test
  void readAll_cellWithoutSeparators_splitsCitations() {
    List<Reference> refs = Reference.readAll("Resolution 70/1 Kigali Resolution (2022): PP-14 Resolution 123, WTSA-20 Resolution 44,");
    assertThat(refs).extracting(Reference::getRaw).containsExactly(
        "Resolution 70/1", "Kigali Resolution (2022)", "PP-14 Resolution 123", "WTSA-20 Resolution 44");
  }

  @Test
  void readAll_proseAroundCitations_keepsProseAsTextAndTakesBodyFromIt() {
    List<Reference> refs = Reference.readAll("<p>Several WTDC resolutions refer to the importance of strengthening digital "
        + "skills and literacy development (Res. 37, Res. 40, Res. 55)</p>");
    assertThat(refs).hasSize(4);
    assertThat(refs.get(0).getRaw()).startsWith("Several WTDC resolutions refer");
    assertResolution(refs.get(1), ResolutionBody.WTDC, List.of("37"), false, null, null, "Res. 37");
    assertResolution(refs.get(3), ResolutionBody.WTDC, List.of("55"), false, null, null, "Res. 55");
  }

  @Test
  void readAll_titleAfterResolution_isKeptAsText() {
    List<Reference> refs = Reference.readAll("Resolution 70/1 (Transforming our world: the 2030 Agenda for Sustainable Development)");
    assertThat(refs).extracting(Reference::getRaw).containsExactly(
        "Resolution 70/1", "(Transforming our world: the 2030 Agenda for Sustainable Development)");
    assertThat(refs.get(1).getKind()).isEqualTo(Reference.Kind.TEXT);
  }

  @Test
  void readAll_footnoteMarker_isNotDropped() {
    List<Reference> refs = Reference.readAll("Kigali Resolution (2022) \u00b2");
    assertThat(refs).extracting(Reference::getRaw).containsExactly("Kigali Resolution (2022)", "\u00b2");
  }

  @Test
  void readAll_abbreviatedForms() {
    assertResolution(Reference.readAll("WTDC Res. 73").get(0), ResolutionBody.WTDC, List.of("73"), false, null, null, "WTDC Res. 73");
    List<Reference> refs = Reference.readAll("Res 76 on the promotion of ICT among young women and men");
    assertResolution(refs.get(0), null, List.of("76"), false, null, null, "Res 76");
    assertThat(refs.get(1).getRaw()).isEqualTo("on the promotion of ICT among young women and men");
  }

  @Test
  void readAll_blank_isEmpty() {
    assertThat(Reference.readAll(" <p></p> ")).isEmpty();
  }

  @Test
  void parse_textThatIsNoCitation_throwsQuotingIt() {
    assertThatThrownBy(() -> Reference.parse("ITU-D priorities (Kigali Action Plan)"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getMessage()).contains("'ITU-D priorities (Kigali Action Plan)'");
          assertThat(e.getErrorIndex()).isZero();
        });
    assertThatThrownBy(() -> Reference.parse("Resolution 70/1 and more"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(20));
  }

  @Test
  void parse_twoCitations_throws() {
    assertThatThrownBy(() -> Reference.parse("Council Resolution 1306 WTDC Res. 73"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getMessage()).contains("exactly one citation");
          assertThat(e.getErrorIndex()).isEqualTo(24);
        });
  }

  @Test
  void parse_nullOrBlank_throws() {
    assertThatThrownBy(() -> Reference.parse(null)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> Reference.readAll(null)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> Reference.parse("")).isInstanceOf(RoadmapParseException.class).hasMessageContaining("blank");
  }

  @Test
  void toCitation_readsBackToTheSameFields() {
    for (String citation : List.of("WTSA-20 Resolution 44", "Resolution 174 (Rev. Dubai, 2018)", "Council Resolution 1306",
        "ITRs (Rev. Dubai, 2012)", "Council Documents C15/18, C16/18", "ITU Strategic Goal 1 (Target 1.6)",
        "Resolution 76 (Rev.WRC-23)", "A/RES/70/1")) {
      Reference ref = Reference.parse(citation);
      Reference again = Reference.parse(ref.toCitation());
      assertThat(Reference.parse(again.toCitation())).as(citation).isEqualTo(again);
      assertThat(again.toCitation()).isEqualTo(ref.toCitation());
    }
    assertThat(Reference.parse("WTSA-20 Resolution 44").toCitation())
        .isEqualTo("Resolution 44 (2022) of the World Telecommunication Standardization Assembly");
  }
}
