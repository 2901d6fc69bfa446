package org.wsis.roadmap.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.RoadmapParseException;

final class ResolutionKeyTest {

  @Test
  void parse_bodyAndNumber_readsBoth() {
    ResolutionKey key = ResolutionKey.parse("WTDC 45");
    assertThat(key.getBody()).contains(ResolutionBody.WTDC);
    assertThat(key.getNumber()).isEqualTo("45");
  }

  @Test
  void parse_variants_giveTheSameKey() {
    assertThat(ResolutionKey.parse(" pp Resolution 140 ")).isEqualTo(ResolutionKey.of(ResolutionBody.PP, "140"));
    assertThat(ResolutionKey.parse("Council Res. 1306")).isEqualTo(ResolutionKey.of(ResolutionBody.COUNCIL, "1306"));
    assertThat(ResolutionKey.parse("Resolution 70/1")).isEqualTo(ResolutionKey.ofNumber("70/1"));
  }

  @Test
  void toString_parse_roundTrips() {
    for (String text : new String[] {"PP 140", "WTDC 45", "COUNCIL 1306", "70/1", "UNGA 70/1"}) {
      assertThat(ResolutionKey.parse(text).toString()).isEqualTo(text);
      assertThat(ResolutionKey.parse(ResolutionKey.parse(text).toString())).isEqualTo(ResolutionKey.parse(text));
    }
  }

  @Test
  void parse_unknownBody_throwsQuotingTheValue() {
    assertThatThrownBy(() -> ResolutionKey.parse("ITU 45"))
        .isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("body code")
        .hasMessageContaining("'ITU 45'");
  }

  @Test
  void parse_noNumber_throws() {
    assertThatThrownBy(() -> ResolutionKey.parse("PP one"))
        .isInstanceOf(RoadmapParseException.class)
        .hasMessageContaining("'PP one'");
    assertThatThrownBy(() -> ResolutionKey.parse(null)).isInstanceOf(RoadmapParseException.class);
    assertThatThrownBy(() -> ResolutionKey.of(ResolutionBody.PP, "1a")).isInstanceOf(RoadmapParseException.class);
  }

  @Test
  void allOf_citationOfSeveral_givesOneKeyPerNumber() {
    ResolutionRef ref = ResolutionRef.builder().raw("Resolutions 71, 130 of the PP").body(ResolutionBody.PP)
        .addNumbers("71", "130").build();
    assertThat(ResolutionKey.allOf(ref)).extracting(Object::toString).containsExactly("PP 71", "PP 130");
  }

  @Test
  void compareTo_numbers_orderNumerically() {
    assertThat(ResolutionKey.parse("PP 9")).isLessThan(ResolutionKey.parse("PP 71"));
    assertThat(ResolutionKey.parse("71")).isLessThan(ResolutionKey.parse("PP 1"));
  }

  @Test
  void parse_unSymbol_readsAsGeneralAssemblyResolution() {
    assertThat(ResolutionKey.parse("A/RES/70/1")).isEqualTo(ResolutionKey.of(ResolutionBody.UNGA, "70/1"));
    assertThat(ResolutionKey.parse("a/res/70/125")).isEqualTo(ResolutionKey.parse("UNGA 70/125"));
    assertThat(ResolutionKey.parse(ResolutionKey.parse("A/RES/70/1").toString())).isEqualTo(ResolutionKey.parse("A/RES/70/1"));
  }

  @Test
  void parse_unSymbolWithoutSession_throws() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResolutionKey.parse("A/RES/70"))
        .isInstanceOf(org.wsis.roadmap.RoadmapParseException.class)
        .hasMessageContaining("'A/RES/70/1'");
  }
}
