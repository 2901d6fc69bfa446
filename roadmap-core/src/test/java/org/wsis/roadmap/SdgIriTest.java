package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SdgIriTest {

  @Test
  void getIri_everyGoal_isTheUnIriOfItsNumber() {
    for (SdgGoal goal : SdgGoal.values()) {
      assertThat(goal.getIri()).isEqualTo(URI.create("http://metadata.un.org/sdg/" + goal.getNumber()));
      assertThat(goal.getSdgioIri()).isPresent();
    }
    assertThat(SdgGoal.NINE.getSdgioIri()).contains(URI.create("http://purl.unep.org/sdg/SDGIO_00000043"));
  }

  @Test
  void getIri_everyCatalogueTarget_isTheUnIriOfItsCode() {
    for (SdgTarget target : SdgCatalogue.targets()) {
      assertThat(target.getIri()).contains(URI.create("http://metadata.un.org/sdg/" + target));
    }
    assertThat(SdgTarget.read("9.z").getIri()).isEmpty();
  }

  @Test
  void getSdgioIri_threeTargetsOnly_haveNone() {
    long without = SdgCatalogue.targets().stream().filter(t -> t.getSdgioIri().isEmpty()).count();
    assertThat(without).isEqualTo(3);
    assertThat(SdgTarget.parse("9.c").getSdgioIri()).isPresent();
  }

  @Test
  void getIri_repeatedIndicator_hasOneIriAndPermanentCode() {
    URI shared = URI.create("http://metadata.un.org/sdg/C200303");
    for (String code : List.of("1.5.1", "11.5.1", "13.1.1")) {
      assertThat(SdgIndicator.parse(code).getIri()).contains(shared);
      assertThat(SdgIndicator.parse(code).getPermanentCode()).contains("C200303");
    }
    assertThat(SdgIndicator.parse("9.c.1").getIri()).contains(URI.create("http://metadata.un.org/sdg/C090c01"));
  }

  /** When the bundled vocabulary is updated, this list shows which indicators gained an IRI. */
  @Test
  void indicatorsWithoutIri_areTheNineThe2020VocabularyLacks() {
    assertThat(SdgCatalogue.indicatorsWithoutIri()).extracting(SdgIndicator::toString)
        .containsExactly("2.2.3", "3.d.2", "4.1.2", "10.4.2", "10.7.3", "10.7.4", "11.5.3", "13.2.2", "16.3.3");
    for (SdgIndicator indicator : SdgCatalogue.indicatorsWithoutIri()) {
      assertThat(indicator.getIri()).isEmpty();
      assertThat(indicator.getPermanentCode()).isEmpty();
    }
    long withIri = SdgCatalogue.indicators().stream().filter(e -> e.getIndicator().getIri().isPresent()).count();
    assertThat(withIri).isEqualTo(248 - 9);
  }

  @Test
  void distinctIndicatorIris_countTheVocabularysConcepts() {
    Set<URI> iris = SdgCatalogue.indicators().stream().map(e -> e.getIndicator().getIri())
        .flatMap(java.util.Optional::stream).collect(Collectors.toSet());
    // 232 concepts in the vocabulary, less the five codes the 2022 framework no longer has
    assertThat(iris).hasSize(227);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://metadata.un.org/sdg/9.c", "https://metadata.un.org/sdg/9.c",
 " http://metadata.un.org/sdg/9.c "})
  void parse_targetIri_readsTheTarget(String iri) {
    assertThat(SdgTarget.parse(iri)).isEqualTo(SdgTarget.parse("9.c"));
    assertThat(SdgTarget.read(iri)).isEqualTo(SdgTarget.parse("9.c"));
    assertThat(SdgLink.parse(iri)).isEqualTo(SdgLink.of(SdgTarget.parse("9.c")));
  }

  @Test
  void parse_goalAndIndicatorIris_readTheCodes() {
    assertThat(SdgGoal.parse("http://metadata.un.org/sdg/9")).isEqualTo(SdgGoal.NINE);
    assertThat(SdgGoal.parse("https://metadata.un.org/sdg/17")).isEqualTo(SdgGoal.SEVENTEEN);
    assertThat(SdgLink.parse("https://metadata.un.org/sdg/4")).isEqualTo(SdgLink.of(SdgGoal.FOUR));
    assertThat(SdgIndicator.parse("http://metadata.un.org/sdg/C090c01")).isEqualTo(SdgIndicator.parse("9.c.1"));
    assertThat(SdgIndicator.parse("https://metadata.un.org/sdg/C200303")).isEqualTo(SdgIndicator.parse("1.5.1"));
  }

  @Test
  void parse_targetIriOfUnknownTarget_isRefusedByTheStrictParseOnly() {
    assertThat(SdgTarget.read("http://metadata.un.org/sdg/9.z").isKnown()).isFalse();
    assertThatThrownBy(() -> SdgTarget.parse("http://metadata.un.org/sdg/9.z"))
        .isInstanceOf(RoadmapParseException.class).hasMessageContaining("'9.z' is not an SDG target");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://metadata.un.org.evil.example/sdg/9.c", "http://evil.example/sdg/9.c", "http://user@metadata.un.org/sdg/9.c",
      "http://metadata.un.org:8080/sdg/9.c", "ftp://metadata.un.org/sdg/9.c", "javascript:alert(1)", "urn:sdg:9.c",
      "file:///etc/passwd", "http://metadata.un.org/sdg/9%2Ec", "http://metadata.un.org/sdg/%39.c",
      "http%3A//metadata.un.org/sdg/9.c", "http://metadata.un.org/sdg/9.c?x=1", "http://metadata.un.org/sdg/9.c#top",
      "http://metadata.un.org/sdg/9.c/", "http://metadata.un.org/SDG/9.c", "http://metadata.un.org/sdg/../sdg/9.c",
      "http://metadata.un.org/sdg/C090c01", "http://metadata.un.org/sdg/9.C",
      "http://metаdata.un.org/sdg/9.c", "http://metadata.un.org/sdg/9\u200B.c", "http:metadata.un.org/sdg/9.c",
      "http://metadata.un.org/sdg/", "HTTPS://metadata.un.org/sdg/9.c", "https://Metadata.UN.org/sdg/9.c"})
  void parse_hostileTargetIri_throwsAParseErrorThatQuotesIt(String iri) {
    for (Function<String, Object> parser : List.<Function<String, Object>>of(SdgTarget::read, SdgTarget::parse)) {
      assertThatThrownBy(() -> parser.apply(iri)).isInstanceOfSatisfying(RoadmapParseException.class, e -> {
        assertThat(e.getMessage()).startsWith("SDG target");
        assertThat(e.getErrorIndex()).isBetween(0, iri.length());
      });
    }
    assertThatThrownBy(() -> SdgLink.parse(iri)).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void parse_wrongHost_pointsAtTheHost() {
    assertThatThrownBy(() -> SdgTarget.read("https://evil.example/sdg/9.c"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo("https://".length());
          assertThat(e.getMessage()).isEqualTo("SDG target IRI must look like 'http://metadata.un.org/sdg/9.c' (http or https): "
              + "it must have the host metadata.un.org (lower case, no user or port), but was: 'https://evil.example/sdg/9.c'");
        });
  }

  @Test
  void parse_percentEncoding_pointsAtThePercentSign() {
    assertThatThrownBy(() -> SdgGoal.parse("http://metadata.un.org/sdg/%39"))
        .isInstanceOfSatisfying(RoadmapParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo("http://metadata.un.org/sdg/".length());
          assertThat(e.getMessage()).contains("must not be percent-encoded");
        });
  }

  @Test
  void parse_veryLongIri_isRefusedByLengthAndQuotedShort() {
    String iri = "http://metadata.un.org/sdg/" + "9".repeat(RoadmapParseException.MAX_PARSE_LENGTH);
    assertThatThrownBy(() -> SdgTarget.read(iri)).isInstanceOfSatisfying(RoadmapParseException.class,
        e -> assertThat(e.getMessage()).hasSizeLessThan(500).contains("at most"));
    String justUnder = "http://metadata.un.org/sdg/" + "9".repeat(5000);
    assertThatThrownBy(() -> SdgGoal.parse(justUnder)).isInstanceOfSatisfying(RoadmapParseException.class,
        e -> assertThat(e.getMessage()).hasSizeLessThan(500).contains("goal number"));
  }

  @Test
  void parse_iriOfAnotherKind_isRefused() {
    assertThatThrownBy(() -> SdgTarget.read("http://metadata.un.org/sdg/9"))
        .isInstanceOf(RoadmapParseException.class).hasMessageContaining("SDG target IRI");
    assertThatThrownBy(() -> SdgGoal.parse("http://metadata.un.org/sdg/9.c"))
        .isInstanceOf(RoadmapParseException.class).hasMessageContaining("SDG goal IRI");
    assertThatThrownBy(() -> SdgIndicator.parse("http://metadata.un.org/sdg/9.c.1"))
        .isInstanceOf(RoadmapParseException.class).hasMessageContaining("permanent code");
    assertThatThrownBy(() -> SdgIndicator.parse("http://metadata.un.org/sdg/C999z99"))
        .isInstanceOf(RoadmapParseException.class).hasMessageContaining("permanent code of the UN vocabulary");
  }

  @Test
  void parse_codesWithoutScheme_stillReadAsBefore() {
    assertThat(SdgGoal.parse("SDG 9")).isEqualTo(SdgGoal.NINE);
    assertThat(SdgTarget.parse("9.c").toString()).isEqualTo("9.c");
    assertThatThrownBy(() -> SdgTarget.read("metadata.un.org/sdg/9.c")).isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("must look like '4.4'");
  }
}
