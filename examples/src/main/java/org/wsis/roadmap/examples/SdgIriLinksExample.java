package org.wsis.roadmap.examples;

import java.util.ArrayList;
import java.util.List;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.TargetLink;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Links a roadmap's outcomes to the UN's persistent SDG identifiers and prints them, one line per
 * outcome and link: the outcome id, the code and its IRI.
 *
 * <pre>{@code
 * SdgIriLinksExample.lines(WsisRoadmaps.edition2024()).get(0);
 * // "C2.GT.A  9.c  http://metadata.un.org/sdg/9.c"
 * }</pre>
 */
public final class SdgIriLinksExample {
  private SdgIriLinksExample() {}

  /**
   * Returns one line per outcome and SDG link: outcome id, code, UN IRI.
   *
   * @param roadmap the roadmap
   * @return the lines in document order
   */
  public static List<String> lines(Roadmap roadmap) {
    List<String> lines = new ArrayList<>();
    // tag::iris[]
    for (Outcome outcome : roadmap.outcomes()) {
      for (SdgLink link : outcome.getSdgLinks()) {
        String iri = link.getKind() == SdgLink.Kind.TARGET
            ? ((TargetLink) link).getTarget().getIri().map(Object::toString).orElse("(not in the UN vocabulary)")
            : link.getGoal().getIri().toString();
        lines.add(outcome.getId() + "  " + link.getCode() + "  " + iri);
      }
    }
    // end::iris[]
    return lines;
  }

  /**
   * Prints the IRIs of the SDG links of the bundled 2024 roadmaps.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    lines(WsisRoadmaps.edition2024()).forEach(System.out::println);
  }
}
