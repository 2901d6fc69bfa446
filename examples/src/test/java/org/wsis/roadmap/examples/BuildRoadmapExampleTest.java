package org.wsis.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionBody;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TimingEntry;

final class BuildRoadmapExampleTest {
  @Test
  void roadmap_builtInCode_hasTypedCellsAndTheNewTitle() {
    Roadmap roadmap = BuildRoadmapExample.roadmap();

    assertThat(roadmap.getTitle()).isEqualTo("My roadmap, second draft");
    Outcome outcome = roadmap.outcomes().get(0);
    TimingEntry span = outcome.getTiming().orElseThrow().getEntries().get(0);
    assertThat(span.getKind()).isEqualTo(TimingEntry.Kind.SPAN);
    assertThat(span.getFrom()).contains(2020);
    assertThat(span.getTo()).contains(2025);
    Reference reference = outcome.getReferences().get(0);
    assertThat(reference.getKind()).isEqualTo(Reference.Kind.RESOLUTION);
    assertThat(((ResolutionRef) reference).getBody()).contains(ResolutionBody.WTDC);
    assertThat(((ResolutionRef) reference).getNumbers()).containsExactly("45", "2");
    assertThat(outcome.getSdgLinks()).containsExactly(SdgLink.parse("9.c"), SdgLink.parse("17.8"));
  }

  @Test
  void main_printsTheOutcome() {
    String out = StdOut.of(() -> BuildRoadmapExample.main(new String[0]));

    assertThat(out).startsWith("My roadmap, second draft: C2.GT.A ").contains("9.c", "17.8");
  }
}
