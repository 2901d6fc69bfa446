package org.wsis.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.C7SubLine;
import org.wsis.roadmap.SdgCatalogue;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgIndicator;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.WsisSdgMatrix;

/** Checks the public catalogue API against the JSON sources, read with Jackson (test scope only). */
final class CatalogueAgreementTest {

  private static JsonNode source(String name) throws IOException {
    return CatalogueResources.read(CatalogueResources.SOURCES, name);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  @Test
  void sdgCatalogue_equalsJsonGoalsTargetsAndIndicators() throws IOException {
    JsonNode json = source("sdg-catalogue.json");
    assertThat(json.at("/counts/targets").asInt()).isEqualTo(SdgCatalogue.targetCount());
    assertThat(json.at("/counts/indicatorEntries").asInt()).isEqualTo(SdgCatalogue.indicatorEntryCount());
    List<String> targets = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (JsonNode goal : json.get("goals")) {
      SdgGoal g = SdgGoal.of(goal.get("number").asInt());
      assertThat(g.getTitle(Locale.ENGLISH)).isEqualTo(goal.get("title").asText());
      assertThat(g.getShortTitle(Locale.ENGLISH)).isEqualTo(goal.get("shortTitle").asText());
      for (JsonNode target : goal.get("targets")) {
        SdgTarget t = SdgTarget.parse(target.get("code").asText());
        targets.add(t.toString());
        assertThat(t.getGoal()).isEqualTo(g);
        assertThat(t.getTitle(Locale.ENGLISH)).contains(target.get("text").asText());
        assertThat(SdgCatalogue.kindOf(t).orElseThrow().getCode()).isEqualTo(target.get("kind").asText());
        List<String> codes = new ArrayList<>();
        for (JsonNode indicator : target.get("indicators")) {
          codes.add(indicator.get("code").asText());
          indicators.add(indicator.get("code").asText());
          SdgCatalogue.IndicatorEntry entry = SdgCatalogue.findIndicator(SdgIndicator.parse(indicator.get("code").asText())).orElseThrow();
          assertThat(entry.getText()).isEqualTo(indicator.get("text").asText());
          assertThat(entry.getSameIndicatorAs()).extracting(SdgIndicator::toString)
              .containsExactlyElementsOf(strings(indicator.get("sameIndicatorAs")));
        }
        assertThat(SdgCatalogue.indicatorsOf(t)).extracting(e -> e.getIndicator().toString()).containsExactlyElementsOf(codes);
      }
    }
    assertThat(SdgCatalogue.targets()).extracting(SdgTarget::toString).containsExactlyElementsOf(targets);
    assertThat(SdgCatalogue.indicators()).extracting(e -> e.getIndicator().toString()).containsExactlyElementsOf(indicators);
  }

  @Test
  void titles_equalJsonInEveryLanguage_englishAfterHyphenNormalisation() throws IOException {
    JsonNode languages = source("sdg-titles-un-languages.json").get("languages");
    for (String key : CatalogueResources.LANGUAGES) {
      Locale locale = Locale.forLanguageTag(key);
      JsonNode language = languages.get(key);
      for (SdgGoal goal : SdgGoal.values()) {
        JsonNode titles = language.get("goals").get(goal.getCode());
        assertThat(goal.getTitle(locale)).isEqualTo(titles.get("title").asText());
        assertThat(goal.getShortTitle(locale)).isEqualTo(titles.get("short").asText());
      }
      assertThat(language.get("targets").size()).isEqualTo(169);
      language.get("targets").properties().forEach(e -> {
        String expected = e.getValue().asText();
        if (key.equals("en")) {
          expected = expected.replace('\u2010', '-').replace('\u2011', '-');
        }
        assertThat(SdgTarget.parse(e.getKey()).getTitle(locale)).as(key + " " + e.getKey()).contains(expected);
      });
    }
  }

  @Test
  void actionLines_equalJson() throws IOException {
    JsonNode json = source("wsis-action-lines.json");
    for (JsonNode line : json.get("actionLines")) {
      ActionLine al = ActionLine.parse(line.get("code").asText());
      JsonNode f = line.get("facilitation");
      assertThat(al.getTitle()).isEqualTo(line.get("title").asText());
      assertThat(al.getGenevaPlanTitle()).isEqualTo(line.get("genevaPlanTitle").asText());
      assertThat(al.getLeadFacilitators()).containsExactlyElementsOf(strings(f.get("lead")));
      assertThat(al.getCoFacilitators()).containsExactlyElementsOf(strings(f.get("coFacilitators")));
      assertThat(al.getPartners()).containsExactlyElementsOf(strings(f.get("partners")));
      assertThat(al.getFacilitationNote().orElse("")).isEqualTo(f.path("note").asText(""));
      List<String> subLines = new ArrayList<>();
      for (JsonNode sub : line.path("subLines")) {
        C7SubLine s = C7SubLine.parse(sub.get("id").asText());
        subLines.add(s.getCode());
        assertThat(s.getTitle()).isEqualTo(sub.get("title").asText());
        assertThat(s.getLeadFacilitators()).containsExactlyElementsOf(strings(sub.at("/facilitation/lead")));
        assertThat(s.getCoFacilitators()).containsExactlyElementsOf(strings(sub.at("/facilitation/coFacilitators")));
      }
      assertThat(al.getSubLines()).extracting(C7SubLine::getCode).containsExactlyElementsOf(subLines);
    }
  }

  @Test
  void matrix_equalsJson() throws IOException {
    JsonNode json = source("wsis-sdg-matrix.json");
    List<WsisSdgMatrix.Entry> entries = WsisSdgMatrix.entries();
    assertThat(entries).hasSize(json.get("entries").size());
    int i = 0;
    for (JsonNode e : json.get("entries")) {
      WsisSdgMatrix.Entry entry = entries.get(i++);
      assertThat(entry.getActionLine().getCode()).isEqualTo(e.get("actionLine").asText());
      assertThat(entry.getSubLine().map(C7SubLine::getTitle).orElse(null)).isEqualTo(e.path("subLine").asText(null));
      assertThat(entry.getGoalLevelGoals()).extracting(SdgGoal::getCode).containsExactlyElementsOf(strings(e.get("goals")));
      assertThat(entry.getTargets()).extracting(SdgTarget::toString).containsExactlyElementsOf(strings(e.get("targets")));
      assertThat(entry.getGoals()).extracting(SdgGoal::getCode).containsExactlyElementsOf(strings(e.get("goalsIncludingTargets")));
    }
  }
}
