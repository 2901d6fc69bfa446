package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class UngaResolutionTest {

  @Test
  void parse_symbol_givesSessionAndNumber() {
    UngaResolution wsis20 = UngaResolution.parse("A/RES/80/173");
    assertThat(wsis20.getSession()).isEqualTo(80);
    assertThat(wsis20.getNumber()).isEqualTo(173);
    assertThat(wsis20).hasToString("A/RES/80/173");
    assertThat(UngaResolution.parse(wsis20.toString())).isEqualTo(wsis20);
    assertThat(UngaResolution.parse(" 80/173 ")).isEqualTo(wsis20).isEqualTo(UngaResolution.of(80, 173));
    assertThat(wsis20.toShortForm()).isEqualTo("80/173");
    assertThat(UngaResolution.parse("A/RES/79/1")).isLessThan(wsis20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/80", "A/RES/0/1", "A/RES/80/0", "a/res/80/173", "A/RES/80/173/Add.1", "A/RES/1000/1",
      "A/RES/80/123456", "A/80/173", "E/RES/2006/46", ""})
  void parse_otherForms_throw(String text) {
    assertThatThrownBy(() -> UngaResolution.parse(text)).isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("UN General Assembly resolution");
  }

  @Test
  void of_outOfRange_throws() {
    assertThatThrownBy(() -> UngaResolution.of(0, 1)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> UngaResolution.of(80, 100_000)).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void referenceParse_wsis20Outcome_isATypedUngaResolution() {
    Reference ref = Reference.parse("A/RES/80/173");
    assertThat(ref).isInstanceOf(ResolutionRef.class);
    ResolutionRef resolution = (ResolutionRef) ref;
    assertThat(resolution.getBody()).contains(ResolutionBody.UNGA);
    assertThat(resolution.getUngaResolutions()).containsExactly(UngaResolution.of(80, 173));
  }

  @Test
  void referenceReadAll_cellNamingSeveral_givesEachTyped() {
    List<Reference> refs = Reference.readAll(
        "A/RES/80/173; Resolutions A/RES/70/1 and A/RES/70/125; General Assembly resolution 79/1; PP Resolution 140");
    assertThat(refs).filteredOn(r -> r instanceof ResolutionRef)
        .flatExtracting(r -> ((ResolutionRef) r).getUngaResolutions())
        .containsExactly(UngaResolution.parse("A/RES/80/173"), UngaResolution.parse("A/RES/70/1"),
            UngaResolution.parse("A/RES/70/125"), UngaResolution.parse("A/RES/79/1"));
  }

  @Test
  void getUngaResolutions_otherBody_isEmpty() {
    ResolutionRef pp = (ResolutionRef) Reference.parse("Resolution 140 (Rev. Dubai, 2018)");
    assertThat(pp.getUngaResolutions()).isEmpty();
    ResolutionRef ra = (ResolutionRef) Reference.parse("Resolution ITU-R 1-5");
    assertThat(ra.getUngaResolutions()).isEmpty();
  }

  @Test
  void referenceReadAll_symbolWithYear_isOneTypedReferenceWithTheYear() {
    List<Reference> refs = Reference.readAll("A/RES/80/173 (2025)");

    assertThat(refs).hasSize(1);
    ResolutionRef ref = (ResolutionRef) refs.get(0);
    assertThat(ref.getRaw()).isEqualTo("A/RES/80/173 (2025)");
    assertThat(ref.getYear()).contains(2025);
    assertThat(ref.getUngaResolutions()).containsExactly(UngaResolution.of(80, 173));
  }

  @Test
  void referenceReadAll_reissuedSymbolWithAsterisk_isTheSameResolution_asteriskKeptInTheRawText() {
    List<Reference> refs = Reference.readAll("A/RES/70/125*; A/RES/80/173* (2025)");

    assertThat(refs).extracting(Reference::getRaw).containsExactly("A/RES/70/125*", "A/RES/80/173* (2025)");
    assertThat(refs).flatExtracting(r -> ((ResolutionRef) r).getUngaResolutions())
        .containsExactly(UngaResolution.parse("A/RES/70/125"), UngaResolution.parse("A/RES/80/173"));
  }

  @Test
  void referenceReadAll_parenthesisThatIsNotAYear_isNotTakenIntoTheSymbol() {
    List<Reference> refs = Reference.readAll("A/RES/80/173 (WSIS+20)");

    assertThat(refs.get(0)).isInstanceOf(ResolutionRef.class);
    assertThat(refs.get(0).getRaw()).isEqualTo("A/RES/80/173");
    assertThat(((ResolutionRef) refs.get(0)).getYear()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A/RES/S-27/2", "A/RES/ES-10/21", "A/RES/2200(XXI)", "A/RES/217(III)", "A/RES/80/173/Add.1",
      "A/80/L.1"})
  void referenceReadAll_specialSessionsOldNumberingAndOtherSymbols_stayTextWithNothingLost(String symbol) {
    List<Reference> refs = Reference.readAll(symbol);

    assertThat(refs).hasSize(1);
    assertThat(refs.get(0)).isInstanceOf(TextRef.class);
    assertThat(refs.get(0).getRaw()).isEqualTo(symbol);
    assertThatThrownBy(() -> UngaResolution.parse(symbol)).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void parse_yearOrAsterisk_throws_whileReferenceReadAllTakesThem() {
    assertThat(UngaResolution.parse(" A/RES/80/173 ")).isEqualTo(UngaResolution.of(80, 173));
    assertThatThrownBy(() -> UngaResolution.parse("A/RES/80/173 (2025)")).isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("must look like 'A/RES/80/173'");
    assertThatThrownBy(() -> UngaResolution.parse("A/RES/80/173*")).isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("must look like 'A/RES/80/173'");
  }
}
