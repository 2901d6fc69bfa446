package org.wsis.roadmap.internal;

import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.StrategicGoalRef;

/**
 * Renders a {@link Reference} as the canonical citation text that {@link ReferenceReader} reads
 * back; the implementation of {@link Reference#toCitation()}.
 *
 * <pre>{@code
 * ReferenceWriter.render(ref); // "Resolutions 71, 130 (Rev. Bucharest, 2022) of the Plenipotentiary Conference"
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
public final class ReferenceWriter {
  private ReferenceWriter() {}

  /**
   * Renders a reference.
   *
   * @param reference any reference
   * @return the canonical citation; a {@code TextRef}'s raw text
   */
  public static String render(Reference reference) {
    if (reference instanceof StrategicGoalRef goal) {
      return "ITU Strategic Goal " + goal.getGoal() + goal.getTarget().map(t -> " (Target " + t + ")").orElse("");
    }
    if (reference instanceof ResolutionRef resolution) {
      return resolution(resolution);
    }
    if (reference instanceof InstrumentRef instrument) {
      return instrument.getName() + revision(true, instrument.getPlace().orElse(null), instrument.getYear().orElse(null));
    }
    if (reference instanceof DocumentRef document) {
      return document.getIssuer().map(i -> i + " ").orElse("")
          + (document.getSymbols().size() == 1 ? "Document " : "Documents ") + String.join(", ", document.getSymbols());
    }
    return reference.getRaw();
  }

  private static String resolution(ResolutionRef ref) {
    StringBuilder out = new StringBuilder();
    String place = ref.getPlace().orElse(null);
    Integer year = ref.getYear().orElse(null);
    if (ref.getNumbers().isEmpty()) {
      if (place != null && !ref.isRevised()) {
        out.append(place).append(" Resolution");
        if (year != null) {
          out.append(" (").append(year).append(')');
        }
      } else {
        out.append("Resolution").append(revision(ref.isRevised(), place, year));
      }
    } else if (place != null && year == null) {
      // "Dubai Resolution 174": a venue before the head, as the reader takes it; "(Dubai)" alone reads as no revision
      out.append(place).append(ref.getNumbers().size() == 1 ? " Resolution " : " Resolutions ")
          .append(String.join(", ", ref.getNumbers()));
    } else {
      out.append(ref.getNumbers().size() == 1 ? "Resolution " : "Resolutions ").append(String.join(", ", ref.getNumbers()));
      out.append(revision(ref.isRevised(), place, year));
    }
    ref.getBody().ifPresent(body -> out.append(" of the ").append(body.getTitle()));
    return out.toString();
  }

  private static String revision(boolean revised, String place, Integer year) {
    if (place == null && year == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (");
    if (revised) {
      out.append("Rev. ");
    }
    if (place != null) {
      out.append(place);
      if (year != null) {
        out.append(", ");
      }
    }
    if (year != null) {
      out.append(year);
    }
    return out.append(')').toString();
  }
}
