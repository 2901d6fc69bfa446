package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The canonical citation of each kind of reference, and that Reference.parse reads it back. */
final class ToCitationTest {

  private static String citation(String text) {
    return Reference.parse(text).toCitation();
  }

  private static void assertReadsBack(String citation) {
    Reference ref = Reference.parse(citation);
    assertThat(ref.toCitation()).isEqualTo(citation);
    assertThat(Reference.parse(ref.toCitation())).isEqualTo(ref);
  }

  @Test
  void toCitation_text_isItsRawText() {
    assertThat(Reference.readAll("see it").get(0).toCitation()).isEqualTo("see it");
  }

  @Test
  void toCitation_documents_oneOrManySymbolsWithIssuer() {
    assertThat(citation("Document C22/45")).isEqualTo("Document C22/45");
    assertThat(citation("Documents C22/45 and C23/1")).isEqualTo("Documents C22/45, C23/1");
    assertThat(citation("ITU Doc. PP-22/1")).isEqualTo("ITU Document PP-22/1");
    assertReadsBack("ITU Document PP-22/1");
  }

  /** A resolution without its number is read leniently only: Reference.parse refuses it. */
  private static String lenientCitation(String text) {
    return Reference.readAll(text).get(0).toCitation();
  }

  @Test
  void toCitation_resolutionWithoutNumber_placeFirstUnlessRevised() {
    assertThat(lenientCitation("Kigali Resolution (2022)"))
        .isEqualTo("Kigali Resolution (2022) of the World Telecommunication Development Conference");
    assertThat(lenientCitation("Resolution (Rev. Kigali, 2022)"))
        .isEqualTo("Resolution (Rev. Kigali, 2022) of the World Telecommunication Development Conference");
    assertThat(lenientCitation("WTDC Resolution (2022)"))
        .isEqualTo("Resolution (2022) of the World Telecommunication Development Conference");
    assertThatThrownBy(() -> Reference.parse("Kigali Resolution (2022) of the World Telecommunication Development Conference"))
        .isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void toCitation_venueWithoutYear_staysBeforeTheHead() {
    assertThat(citation("Dubai Resolution 174")).isEqualTo("Dubai Resolution 174");
    assertThat(citation("Dubai Resolutions 174, 175")).isEqualTo("Dubai Resolutions 174, 175");
    assertReadsBack("Dubai Resolution 174");
  }

  @Test
  void toCitation_resolutionsWithRevision_numbersThenRevisionThenBody() {
    assertThat(citation("Resolutions 5, 6 (Dubai, 2018)"))
        .isEqualTo("Resolutions 5, 6 (Dubai, 2018) of the Plenipotentiary Conference");
    assertThat(citation("Resolution 5")).isEqualTo("Resolution 5");
    assertReadsBack("Resolutions 5, 6 (Rev. Dubai, 2018) of the Plenipotentiary Conference");
  }

  @Test
  void toCitation_instrumentsAndGoals() {
    assertThat(citation("Radio Regulations (Rev. 2020)")).isEqualTo("Radio Regulations (Rev. 2020)");
    assertThat(citation("ITRs (Dubai, 2012)")).isEqualTo("ITRs (Rev. Dubai, 2012)");
    assertThat(citation("Strategic Goal 2 (Target 2.10)")).isEqualTo("ITU Strategic Goal 2 (Target 2.10)");
    assertReadsBack("ITU Strategic Goal 2 (Target 2.10)");
  }
}
