package org.wsis.roadmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.query.RoadmapDiff;

final class DiffJsonTest {
  private static Roadmap withStatement(String statement) {
    Roadmap clean = Fixtures.clean();
    Outcome changed = Outcome.builder().from(clean.outcomes().get(0)).statement(statement).build();
    return Roadmap.builder().from(clean)
        .actionLines(List.of(ActionLineRoadmap.builder().from(clean.getActionLines().get(0))
            .outcomes(List.of(changed, clean.outcomes().get(1))).build()))
        .build();
  }

  @Test
  void toJson_noChange_isTheEditionsAndAnEmptyArray() {
    RoadmapDiff diff = RoadmapDiff.between(Fixtures.clean(), Fixtures.clean());

    assertThat(DiffJson.toJson(diff)).isEqualTo("{\n  \"older\": \"fixture\",\n  \"newer\": \"fixture\",\n  \"changes\": []\n}\n");
  }

  @Test
  void toJson_changeWithEveryMember_writesThemInOrder() {
    RoadmapDiff diff = RoadmapDiff.between(Fixtures.clean(), withStatement("Governments act."));

    assertThat(DiffJson.toJson(diff)).isEqualTo("""
        {
          "older": "fixture",
          "newer": "fixture",
          "changes": [
            {
              "kind": "FIELD_CHANGED",
              "path": "C2.GT.A/statement",
              "actionLine": "C2",
              "olderId": "C2.GT.A",
              "newerId": "C2.GT.A",
              "field": "statement",
              "before": "Governments should take action to develop broadband infrastructure.",
              "after": "Governments act."
            }
          ]
        }
        """);
  }

  @Test
  void toJson_gdcLinkAdded_isAnItemAddedOfTheFieldGdcLinks() {
    RoadmapDiff diff = RoadmapDiff.between(Fixtures.clean(), Fixtures.withGdcLinks());

    assertThat(DiffJson.toJson(diff)).isEqualTo("""
        {
          "older": "fixture",
          "newer": "fixture",
          "changes": [
            {
              "kind": "ITEM_ADDED",
              "path": "C2.GT.A/gdcLinks",
              "actionLine": "C2",
              "olderId": "C2.GT.A",
              "newerId": "C2.GT.A",
              "field": "gdcLinks",
              "after": "GDC 1"
            },
            {
              "kind": "ITEM_ADDED",
              "path": "C2.GT.A/gdcLinks",
              "actionLine": "C2",
              "olderId": "C2.GT.A",
              "newerId": "C2.GT.A",
              "field": "gdcLinks",
              "after": "GDC 3"
            },
            {
              "kind": "ITEM_ADDED",
              "path": "C2.GT.B/gdcLinks",
              "actionLine": "C2",
              "olderId": "C2.GT.B",
              "newerId": "C2.GT.B",
              "field": "gdcLinks",
              "after": "GDC 6"
            }
          ]
        }
        """);
  }

  @Test
  void toJson_quotesAndControlCharacters_areEscapedAndParseBack() throws Exception {
    String statement = "Say \"yes\"\tnow\\ \u0001 \u2028";
    RoadmapDiff diff = RoadmapDiff.between(Fixtures.clean(), withStatement(statement));

    String json = DiffJson.toJson(diff);

    assertThat(json).doesNotContain("\u0001", "\t").contains("\\u0001", "\\t", "\\\"yes\\\"");
    JsonNode change = new ObjectMapper().readTree(json).get("changes").get(0);
    assertThat(change.get("after").asText()).isEqualTo(statement);
    assertThat(change.get("kind").asText()).isEqualTo("FIELD_CHANGED");
    assertThat(DiffJson.toJson(RoadmapDiff.between(Fixtures.clean(), withStatement(statement)))).isEqualTo(json);
  }

  @Test
  void toJson_addedOutcome_omitsTheMembersItHasNot() throws Exception {
    Roadmap clean = Fixtures.clean();
    Roadmap one = Roadmap.builder().from(clean).actionLines(List.of(ActionLineRoadmap.builder()
        .from(clean.getActionLines().get(0)).outcomes(List.of(clean.outcomes().get(0))).build())).build();

    JsonNode change = new ObjectMapper().readTree(DiffJson.toJson(RoadmapDiff.between(one, clean))).get("changes").get(0);

    assertThat(change.get("kind").asText()).isEqualTo("OUTCOME_ADDED");
    assertThat(change.has("olderId")).isFalse();
    assertThat(change.get("newerId").asText()).isEqualTo("C2.GT.B");
  }
}
