package org.wsis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ActionLineTest {

  @Test
  void everyActionLine_hasTitlesFromTheCatalogue() {
    for (ActionLine line : ActionLine.values()) {
      assertThat(line.getTitle()).as(line.getCode()).isNotBlank();
      assertThat(line.getGenevaPlanTitle()).as(line.getCode()).isNotBlank();
    }
    assertThat(ActionLine.C5.getTitle()).isEqualTo("Building confidence and security in the use of ICTs");
    assertThat(ActionLine.C2.getGenevaPlanTitle())
        .isEqualTo("Information and communication infrastructure: an essential foundation for the Information Society");
    assertThat(ActionLine.C1.getTitle()).startsWith("The role of public governance authorities");
    assertThat(ActionLine.C1.getGenevaPlanTitle()).startsWith("The role of governments");
  }

  @Test
  void facilitators_ofTheRoadmapActionLines_areItu() {
    for (ActionLine line : new ActionLine[] {ActionLine.C2, ActionLine.C4, ActionLine.C5, ActionLine.C6}) {
      assertThat(line.getLeadFacilitators()).as(line.getCode()).containsExactly("ITU");
    }
    assertThat(ActionLine.C1.getLeadFacilitators()).containsExactly("UN DESA");
    assertThat(ActionLine.C1.getCoFacilitators()).containsExactly("ITU");
    assertThat(ActionLine.C8.getPartners()).containsExactly("ITU");
    assertThat(ActionLine.C4.getFacilitationNote()).hasValueSatisfying(n -> assertThat(n).contains("co-facilitator"));
    assertThat(ActionLine.C3.getFacilitationNote()).isEmpty();
  }

  @Test
  void c7_hasEightSubLinesWithFacilitators() {
    assertThat(ActionLine.C7.getSubLines()).containsExactly(C7SubLine.values());
    assertThat(ActionLine.C7.getLeadFacilitators()).isEmpty();
    assertThat(ActionLine.C5.getSubLines()).isEmpty();
    assertThat(C7SubLine.values()).extracting(C7SubLine::getTitle).containsExactly(
        "E-government", "E-business", "E-learning", "E-health", "E-employment", "E-environment", "E-agriculture", "E-science");
    assertThat(C7SubLine.values()).extracting(C7SubLine::getLeadFacilitators).allSatisfy(l -> assertThat(l).hasSize(1));
    assertThat(C7SubLine.E_HEALTH.getLeadFacilitators()).containsExactly("WHO");
    assertThat(C7SubLine.E_ENVIRONMENT.getCoFacilitators()).containsExactly("UNEP", "ITU");
    assertThat(C7SubLine.E_EMPLOYMENT.getFacilitationNote()).contains("Indirect evidence only.");
    assertThat(C7SubLine.E_HEALTH.getActionLine()).isEqualTo(ActionLine.C7);
  }

  @Test
  void parse_everyCode_inAnyCaseWithSpaces_returnsTheActionLine() {
    for (ActionLine line : ActionLine.values()) {
      assertThat(ActionLine.parse(line.getCode())).isEqualTo(line);
      assertThat(ActionLine.parse(" " + line.getCode().toLowerCase(java.util.Locale.ROOT) + "\t")).isEqualTo(line);
    }
  }

  @Test
  void parse_notACodeFromC1ToC11_throwsQuotingTheValue() {
    for (String code : new String[] {"C0", "C01", "C011", "C12", "C99", "C100", "C", "C-1", "C1x", "Cx", "D5", "5", "C\uFF15", ""}) {
      assertThatThrownBy(() -> ActionLine.parse(code)).as(code)
          .isInstanceOf(RoadmapParseException.class)
          .hasMessageContaining("WSIS action line must be a code from 'C1' to 'C11'");
    }
  }

  @Test
  void c7SubLine_parse_acceptsCodeTitleAndName() {
    for (C7SubLine subLine : C7SubLine.values()) {
      assertThat(C7SubLine.parse(subLine.getCode())).isEqualTo(subLine);
      assertThat(C7SubLine.parse(subLine.toString())).isEqualTo(subLine);
      assertThat(C7SubLine.parse(" " + subLine.getTitle().toUpperCase(java.util.Locale.ROOT) + " ")).isEqualTo(subLine);
    }
    assertThat(C7SubLine.parse("e-health")).isEqualTo(C7SubLine.E_HEALTH);
  }

  @Test
  void c7SubLine_parse_unknown_throwsQuotingTheValue() {
    assertThatThrownBy(() -> C7SubLine.parse("C7.e-sport"))
        .isInstanceOf(RoadmapParseException.class).hasMessageEndingWith("but was: 'C7.e-sport'");
    assertThatThrownBy(() -> C7SubLine.parse(null)).isInstanceOf(RoadmapParseException.class);
  }
}
