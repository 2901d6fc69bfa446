package org.wsis.roadmap.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.SdgGoal;

final class HtmlTest {
  @Test
  void escape_everySpecialCharacter_becomesAReference() {
    assertThat(Html.escape("a<b>&\"c'\u0001\u007f")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;\uFFFD\uFFFD");
  }

  @Test
  void escape_tabsLineEndsAndOtherText_stay() {
    assertThat(Html.escape("a\tb\nc\rd \u00e9\u25C6")).isEqualTo("a\tb\nc\rd \u00e9\u25C6");
  }

  @Test
  void escapingOutput_valueInElementOrAttribute_isEscaped() {
    StringWriter out = new StringWriter();
    EscapingOutput output = new EscapingOutput(out);

    output.writeContent("<p title=\"");
    output.setContext("p", "title");
    output.writeUserContent("\"x\"");
    output.setContext("p", null);
    output.writeContent("\">");
    output.writeUserContent("<b>");
    output.writeUserContent((String) null);
    output.writeContent("</p>");

    assertThat(out).hasToString("<p title=\"&quot;x&quot;\">&lt;b&gt;</p>");
  }

  @Test
  void escapingOutput_valueInScriptStyleOrEventHandler_throws() {
    EscapingOutput output = new EscapingOutput(new StringWriter());

    output.setContext("script", null);
    assertThatThrownBy(() -> output.writeUserContent("alert(1)")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<script>");
    output.setContext("style", null);
    assertThatThrownBy(() -> output.writeUserContent("x")).isInstanceOf(IllegalStateException.class);
    output.setContext("a", "onClick");
    assertThatThrownBy(() -> output.writeUserContent("x")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("attribute onClick");
  }

  @Test
  void colours_everyGoalChipAndHeatCell_meetsContrastOfFourAndAHalf() {
    for (SdgGoal goal : SdgGoal.values()) {
      String background = SdgColours.of(goal);
      assertThat(SdgColours.contrast(background, SdgColours.textOn(background))).as("SDG %s", goal.getNumber())
          .isGreaterThanOrEqualTo(4.5);
    }
    for (int step = 0; step <= 20; step++) {
      String background = SdgColours.mix("#EFF3FF", "#08519C", step / 20.0);
      assertThat(SdgColours.contrast(background, SdgColours.textOn(background))).as("heat %s", background)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void colours_textOn_picksBlackOnLightAndWhiteOnDark() {
    assertThat(SdgColours.textOn("#FFFFFF")).isEqualTo("#000000");
    assertThat(SdgColours.textOn("#000000")).isEqualTo("#FFFFFF");
    assertThat(SdgColours.mix("#000000", "#FFFFFF", 0.5)).isEqualTo("#808080");
  }
}
