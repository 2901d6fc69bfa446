package org.wsis.roadmap.examples;

import java.time.LocalDate;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.Timing;

/**
 * Builds a roadmap in code: one action line with one outcome, whose timing and references are read
 * from cell text the way the ITU document prints them, then copies it with a new title.
 *
 * <pre>{@code
 * Roadmap roadmap = BuildRoadmapExample.roadmap();
 * }</pre>
 */
public final class BuildRoadmapExample {
  private BuildRoadmapExample() {}

  /**
   * Builds the roadmap.
   *
   * @return a roadmap of one C2 outcome
   */
  public static Roadmap roadmap() {
    // tag::build[]
    Outcome outcome = Outcome.builder()
        .id(OutcomeId.parse("C2.GT.A"))
        .section(OutcomeSection.GENEVA_TUNIS)
        .label("A")
        .statement("Governments should take action to develop national broadband plans.")
        .timing(Timing.read("2020-2025"))
        .references(Reference.readAll("WTDC Resolutions 45, 2 (Rev. Kigali, 2022)"))
        .addSdgLinks(SdgLink.parse("9.c"), SdgLink.parse("17.8"))
        .results(Results.builder().addExpected("A broadband plan in every country").build())
        .build();
    Roadmap roadmap = Roadmap.builder()
        .id("my-roadmap")
        .title("My roadmap")
        .status(RoadmapStatus.DRAFT)
        .asOf(LocalDate.of(2025, 1, 31))
        .addActionLine(ActionLineRoadmap.builder()
            .actionLine(ActionLine.C2)
            .title(ActionLine.C2.getTitle())
            .addOutcome(outcome)
            .build())
        .build();
    Roadmap edited = Roadmap.builder().from(roadmap).title("My roadmap, second draft").build();
    // end::build[]
    return edited;
  }

  /**
   * Prints the outcome of the roadmap built in code.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Roadmap roadmap = roadmap();
    Outcome outcome = roadmap.outcomes().get(0);
    System.out.println(roadmap.getTitle() + ": " + outcome.getId() + " " + outcome.getTiming().orElseThrow().getEntries()
        + " " + outcome.getSdgLinks());
  }
}
