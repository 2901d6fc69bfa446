package org.wsis.roadmap.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GdcObjective;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.query.GdcCoverage;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * What the templates of the HTML report read: the roadmap and its validation report, and what is
 * derived from them once (the SDG coverage, the findings of each outcome, unique anchors, the heat
 * map cells). The templates only loop, choose and insert; all counting happens here.
 *
 * @param roadmap the roadmap
 * @param validation its validation report
 * @param version the library version named in the page
 * @param css the style sheet, inlined into the page
 * @param coverage the SDG coverage of the roadmap
 * @param lines the action lines in model order
 * @param heatRows the rows of the SDG heat map, one per action line of the coverage
 * @param findings the findings in report order, numbered from 1
 * @param gdcRows the rows of the Global Digital Compact table, one per action line; empty when no
 *     outcome links to an objective of the Compact, and then the page shows nothing of the Compact
 */
public record ReportView(
    Roadmap roadmap,
    ValidationReport validation,
    String version,
    String css,
    SdgCoverage coverage,
    List<Line> lines,
    List<HeatRow> heatRows,
    List<NumberedFinding> findings,
    List<GdcRow> gdcRows) {
  private static final Pattern ACTION_LINE_POINTER = Pattern.compile("^/actionLines/(\\d+)(?:/.*)?$");
  private static final String HEAT_LOW = "#EFF3FF";
  private static final String HEAT_HIGH = "#08519C";

  /** The style sheet of the page, from the resource {@code report.css} next to this class. */
  public static final String STYLE_SHEET = resource("report.css");

  /**
   * Derives the view of a roadmap.
   *
   * @param roadmap the roadmap
   * @param validation its validation report
   * @param version the library version named in the page
   * @param css the style sheet
   * @return the view
   */
  public static ReportView of(Roadmap roadmap, ValidationReport validation, String version, String css) {
    SdgCoverage coverage = SdgCoverage.of(roadmap);
    List<Finding> all = validation.getFindings();
    List<NumberedFinding> numbered = new ArrayList<>(all.size());
    Map<OutcomeId, List<NumberedFinding>> byOutcome = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Finding finding = all.get(i);
      NumberedFinding entry = new NumberedFinding(i + 1, finding, anchorOf(roadmap, finding));
      numbered.add(entry);
      finding.getOutcomeId().ifPresent(id -> byOutcome.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
    }
    Set<String> anchors = new HashSet<>();
    List<Line> lines = new ArrayList<>();
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      List<Section> sections = new ArrayList<>();
      for (OutcomeSection section : OutcomeSection.values()) {
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : line.outcomesOf(section)) {
          String anchor = outcomeAnchor(outcome.getId());
          boolean first = anchors.add(anchor);
          List<NumberedFinding> findings = first ? byOutcome.getOrDefault(outcome.getId(), List.of()) : List.of();
          // an id repeated in the roadmap (rule WSIS-ID-001) gets a numbered anchor so that ids stay unique
          for (int n = 2; !first; n++) {
            anchor = outcomeAnchor(outcome.getId()) + "-" + n;
            first = anchors.add(anchor);
          }
          rows.add(new Row(outcome, anchor, findings));
        }
        sections.add(new Section(section, rows));
      }
      int findingCount = line.getOutcomes().stream()
          .mapToInt(o -> byOutcome.getOrDefault(o.getId(), List.of()).size()).sum();
      int linked = coverage.getRow(line.getActionLine()).map(SdgCoverage.Row::getLinkedCount).orElse(0);
      lines.add(new Line(line, actionLineAnchor(line), sections, linked, findingCount));
    }
    return new ReportView(roadmap, validation, version, css, coverage, List.copyOf(lines), heatRows(coverage),
        List.copyOf(numbered), gdcRows(roadmap, lines));
  }

  private static String resource(String name) {
    try (InputStream in = ReportView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the roadmap-report jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<HeatRow> heatRows(SdgCoverage coverage) {
    int max = 1;
    for (SdgCoverage.Row row : coverage.getRows()) {
      for (SdgGoal goal : SdgGoal.values()) {
        max = Math.max(max, row.getCell(goal).size());
      }
    }
    List<HeatRow> rows = new ArrayList<>();
    for (SdgCoverage.Row row : coverage.getRows()) {
      List<HeatCell> cells = new ArrayList<>();
      for (SdgGoal goal : SdgGoal.values()) {
        List<Outcome> cell = row.getCell(goal);
        String background = cell.isEmpty() ? "" : SdgColours.mix(HEAT_LOW, HEAT_HIGH, (double) cell.size() / max);
        String ids = cell.stream().map(o -> o.getId().toString()).collect(Collectors.joining(" "));
        cells.add(new HeatCell(cell.size(), row.isMatrixCell(goal), background,
            cell.isEmpty() ? "" : SdgColours.textOn(background), ids));
      }
      rows.add(new HeatRow(row, List.copyOf(cells)));
    }
    return List.copyOf(rows);
  }

  private static List<GdcRow> gdcRows(Roadmap roadmap, List<Line> lines) {
    if (roadmap.outcomes().stream().allMatch(o -> o.getGdcLinks().isEmpty())) {
      return List.of();
    }
    GdcCoverage coverage = GdcCoverage.of(roadmap);
    List<GdcRow> rows = new ArrayList<>();
    for (Line line : lines) {
      ActionLine actionLine = line.line().getActionLine();
      List<GdcCell> cells = new ArrayList<>();
      for (GdcObjective objective : GdcObjective.catalogue()) {
        String ids = line.line().getOutcomes().stream().filter(o -> o.getGdcLinks().contains(objective))
            .map(o -> o.getId().toString()).distinct().collect(Collectors.joining(" "));
        cells.add(new GdcCell(coverage.count(actionLine, objective), ids));
      }
      int linked = (int) line.line().getOutcomes().stream()
          .filter(o -> o.getGdcLinks().stream().anyMatch(GdcObjective::isKnown)).count();
      rows.add(new GdcRow(line, List.copyOf(cells), linked));
    }
    return List.copyOf(rows);
  }

  /**
   * Tells whether the page shows the Global Digital Compact: a section with its objectives and a
   * column in the outcome tables.
   *
   * @return true when some outcome links to an objective of the Compact
   */
  public boolean hasGdc() {
    return !gdcRows.isEmpty();
  }

  /**
   * Returns the anchor of an objective of the Global Digital Compact in the page.
   *
   * @param objective the objective
   * @return such as {@code "gdc-3"}
   */
  public static String gdcAnchor(GdcObjective objective) {
    return "gdc-" + objective.getNumber();
  }

  private static Optional<String> anchorOf(Roadmap roadmap, Finding finding) {
    if (finding.getOutcomeId().isPresent() && roadmap.findOutcome(finding.getOutcomeId().get()).isPresent()) {
      return Optional.of(outcomeAnchor(finding.getOutcomeId().get()));
    }
    Matcher m = ACTION_LINE_POINTER.matcher(finding.getPointer());
    if (m.matches() && m.group(1).length() < 6) {
      int index = Integer.parseInt(m.group(1));
      if (index < roadmap.getActionLines().size()) {
        return Optional.of(actionLineAnchor(roadmap.getActionLines().get(index)));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the anchor of an outcome.
   *
   * @param id the outcome id
   * @return such as {@code "outcome-C2.GT.A"}
   */
  public static String outcomeAnchor(OutcomeId id) {
    return "outcome-" + id;
  }

  private static String actionLineAnchor(ActionLineRoadmap line) {
    return "al-" + line.getActionLine().getCode();
  }

  /**
   * Returns the number of outcomes of a section over all action lines.
   *
   * @param section the section
   * @return the count
   */
  public int outcomeCount(OutcomeSection section) {
    return roadmap.getActionLines().stream().mapToInt(line -> line.outcomesOf(section).size()).sum();
  }

  /**
   * Returns the number of outcomes over all action lines.
   *
   * @return the count
   */
  public int outcomeCount() {
    return roadmap.getActionLines().stream().mapToInt(line -> line.getOutcomes().size()).sum();
  }

  /**
   * Returns the number of outcomes linked to an SDG over all action lines.
   *
   * @return the count
   */
  public int linkedCount() {
    return coverage.getRows().stream().mapToInt(SdgCoverage.Row::getLinkedCount).sum();
  }

  /**
   * Returns the lower-case name of an enum constant, for a class attribute.
   *
   * @param constant such as {@code Severity.ERROR}
   * @return such as {@code "error"}
   */
  public static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * An action line of the roadmap.
   *
   * @param line the action line
   * @param anchor such as {@code "al-C2"}
   * @param sections its outcomes per section, every section in order, empty ones too
   * @param linked its outcomes linked to an SDG
   * @param findingCount the findings of its outcomes
   */
  public record Line(ActionLineRoadmap line, String anchor, List<Section> sections, int linked, int findingCount) {}

  /**
   * The outcomes of one section of an action line.
   *
   * @param section the section
   * @param rows its outcomes in model order
   */
  public record Section(OutcomeSection section, List<Row> rows) {}

  /**
   * An outcome as one row of a table.
   *
   * @param outcome the outcome
   * @param anchor its unique HTML id
   * @param findings the findings of the outcome (of its first occurrence when its id is repeated)
   */
  public record Row(Outcome outcome, String anchor, List<NumberedFinding> findings) {}

  /**
   * A finding with its number in the report.
   *
   * @param number from 1, in report order
   * @param finding the finding
   * @param target the anchor of the outcome or action line the finding concerns, if the page has it
   */
  public record NumberedFinding(int number, Finding finding, Optional<String> target) {}

  /**
   * A row of the heat map.
   *
   * @param row the coverage of one action line
   * @param cells one per SDG goal, in goal order
   */
  public record HeatRow(SdgCoverage.Row row, List<HeatCell> cells) {}

  /**
   * A cell of the heat map.
   *
   * @param count the outcomes of the action line linked to the goal
   * @param matrix whether the WSIS-SDG Matrix maps the action line to the goal
   * @param background the cell colour, empty for an empty cell
   * @param text the text colour on it, empty for an empty cell
   * @param ids the outcome ids, separated by spaces
   */
  public record HeatCell(int count, boolean matrix, String background, String text, String ids) {}

  /**
   * A row of the Global Digital Compact table.
   *
   * @param line the action line
   * @param cells one per objective of the Compact, in order
   * @param linked the outcomes of the action line linked to at least one objective of the Compact
   */
  public record GdcRow(Line line, List<GdcCell> cells, int linked) {}

  /**
   * A cell of the Global Digital Compact table.
   *
   * @param count the outcomes of the action line linked to the objective
   * @param ids their ids, separated by spaces; empty when there is none
   */
  public record GdcCell(int count, String ids) {}
}
