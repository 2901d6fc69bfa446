package org.wsis.roadmap.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.query.MatrixCoverage;

/**
 * Reads a roadmap's SDG links against the WSIS–SDG Matrix: the matrix targets an action line's
 * outcomes address, and the links they make that the matrix does not contain.
 *
 * <pre>{@code
 * MatrixCoverageExample.addressedTargets(WsisRoadmaps.edition2024(), ActionLine.C5); // [1.4, 4.1, ...]
 * MatrixCoverageExample.outsideLinks(WsisRoadmaps.edition2024(), ActionLine.C4);     // ["8 C4.GT.B", ...]
 * }</pre>
 */
public final class MatrixCoverageExample {
  private MatrixCoverageExample() {}

  /**
   * Returns the matrix targets of an action line that an outcome of the roadmap links to.
   *
   * @param roadmap the roadmap
   * @param actionLine the action line
   * @return the targets in UN order; empty when the roadmap has no table for the action line
   */
  public static List<SdgTarget> addressedTargets(Roadmap roadmap, ActionLine actionLine) {
    return MatrixCoverage.of(roadmap).getLine(actionLine).map(MatrixCoverage.Line::getAddressedTargets).orElse(List.of());
  }

  /**
   * Returns the links of an action line's outcomes that lie outside its matrix mapping, each as the
   * link's code followed by the ids of the outcomes that make it.
   *
   * @param roadmap the roadmap
   * @param actionLine the action line
   * @return such as {@code "9 C4.GT.A C4.GT.F"}, ordered by goal
   */
  public static List<String> outsideLinks(Roadmap roadmap, ActionLine actionLine) {
    List<String> lines = new ArrayList<>();
    MatrixCoverage.of(roadmap).getLine(actionLine).ifPresent(line -> {
      for (Map.Entry<SdgLink, List<OutcomeId>> entry : line.getOutsideLinks().entrySet()) {
        StringBuilder text = new StringBuilder(entry.getKey().getCode());
        entry.getValue().forEach(id -> text.append(' ').append(id));
        lines.add(text.toString());
      }
    });
    return lines;
  }

  /**
   * Prints the bundled 2024 roadmaps read against the matrix.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::matrix[]
    MatrixCoverage coverage = MatrixCoverage.of(WsisRoadmaps.edition2024());
    MatrixCoverage.Line c5 = coverage.getLine(ActionLine.C5).orElseThrow();
    System.out.println(c5.getAddressedTargets());   // [1.4, 4.1, 4.3, 4.5, 5.b, 7.1, 7.a, 7.b, 9.1, 9.c, 11.3, 11.b, 16.2, 17.8]
    System.out.println(c5.getUnaddressedTargets()); // [8.1]
    System.out.print(coverage.toText());            // per action line: matrix goals and targets addressed and not, links outside
    // end::matrix[]
  }
}
