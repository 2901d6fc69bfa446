package org.wsis.roadmap.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.InstrumentRef;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResolutionRef;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.StrategicGoalRef;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.query.SdgCoverage;
import org.wsis.roadmap.validation.Finding;
import org.wsis.roadmap.validation.Severity;
import org.wsis.roadmap.validation.ValidationReport;

/**
 * Renders a roadmap and its validation report as one self-contained HTML page: the edition, a
 * summary per action line, the SDG coverage heat map, the validation findings linked to the outcomes
 * they concern, and the roadmap per action line as tables with typed fields.
 *
 * <pre>{@code
 * ValidationReport validation = RoadmapValidator.create().validate(roadmap);
 * String html = HtmlReport.render(roadmap, validation);
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>The page loads nothing: its style sheet is inline, it has no script and no image. Every text
 * from the roadmap is escaped. The same roadmap and report give the same bytes: the page holds no
 * time stamp and follows model order throughout. Anchors: {@code #summary}, {@code #coverage},
 * {@code #findings}, {@code #al-C2} for an action line, {@code #outcome-C2.GT.A} for an outcome,
 * {@code #finding-1} for a finding.
 *
 * <p>The class has no state; it is thread-safe.
 */
public final class HtmlReport {
  private static final Pattern ACTION_LINE_POINTER = Pattern.compile("^/actionLines/(\\d+)(?:/.*)?$");
  private static final String HEAT_LOW = "#EFF3FF";
  private static final String HEAT_HIGH = "#08519C";

  private final Roadmap roadmap;
  private final ValidationReport validation;
  private final String version;
  private final StringBuilder out = new StringBuilder(256 * 1024);
  private final Map<OutcomeId, List<Integer>> findingsByOutcome = new LinkedHashMap<>();
  private final Set<String> anchors = new HashSet<>();

  private HtmlReport(Roadmap roadmap, ValidationReport validation, String version) {
    this.roadmap = roadmap;
    this.validation = validation;
    this.version = version;
    List<Finding> findings = validation.getFindings();
    for (int i = 0; i < findings.size(); i++) {
      Optional<OutcomeId> id = findings.get(i).getOutcomeId();
      if (id.isPresent()) {
        findingsByOutcome.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(i + 1);
      }
    }
  }

  /**
   * Renders the report.
   *
   * @param roadmap the roadmap
   * @param validation the validation report of that roadmap
   * @return the HTML page, lines ended by {@code \n}
   * @throws NullPointerException when an argument is null
   */
  public static String render(Roadmap roadmap, ValidationReport validation) {
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(validation, "validation");
    return new HtmlReport(roadmap, validation, Versions.library()).page();
  }

  /**
   * Renders the report as UTF-8 bytes.
   *
   * @param roadmap the roadmap
   * @param validation the validation report of that roadmap
   * @return the HTML page in UTF-8
   * @throws NullPointerException when an argument is null
   */
  public static byte[] toBytes(Roadmap roadmap, ValidationReport validation) {
    return render(roadmap, validation).getBytes(StandardCharsets.UTF_8);
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"wsis-roadmap ").append(esc(version)).append("\">\n")
        .append("<title>").append(esc(roadmap.getTitle())).append(" \u2013 report</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header();
    out.append("<main>\n");
    summary();
    coverage();
    findings();
    for (int i = 0; i < roadmap.getActionLines().size(); i++) {
      actionLine(roadmap.getActionLines().get(i));
    }
    out.append("</main>\n");
    footer();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    out.append("<header>\n<h1>").append(esc(roadmap.getTitle())).append("</h1>\n<dl class=\"edition\">\n");
    term("Edition", roadmap.getId());
    term("Status", roadmap.getStatus().name().toLowerCase(Locale.ROOT));
    roadmap.getAsOf().ifPresent(date -> term("As of", date.toString()));
    roadmap.getFacilitator().ifPresent(f -> term("Facilitator", f));
    term("Report by", "wsis-roadmap " + version + ", validation profile " + validation.getProfile()
        + ", rule catalogue " + validation.getCatalogueVersion());
    out.append("</dl>\n<nav aria-label=\"Contents\">\n<ul>\n")
        .append("<li><a href=\"#summary\">Summary</a></li>\n")
        .append("<li><a href=\"#coverage\">SDG coverage</a></li>\n")
        .append("<li><a href=\"#findings\">Validation findings</a></li>\n");
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      out.append("<li><a href=\"#").append(esc(actionLineAnchor(line))).append("\">")
          .append(esc(line.getActionLine().getCode())).append(' ')
          .append(esc(line.getActionLine().getTitle())).append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n</header>\n");
  }

  private void term(String name, String value) {
    out.append("<div><dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
  }

  private void summary() {
    out.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
    out.append("<table class=\"summary\">\n<caption>Outcomes per action line and section</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Action line</th>");
    for (OutcomeSection section : OutcomeSection.values()) {
      out.append("<th scope=\"col\" class=\"num\">").append(esc(section.getTitle())).append("</th>");
    }
    out.append("<th scope=\"col\" class=\"num\">Outcomes</th><th scope=\"col\" class=\"num\">Linked to an SDG</th>")
        .append("<th scope=\"col\" class=\"num\">Findings</th></tr></thead>\n<tbody>\n");
    SdgCoverage coverage = SdgCoverage.of(roadmap);
    int total = 0;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      out.append("<tr><th scope=\"row\"><a href=\"#").append(esc(actionLineAnchor(line))).append("\">")
          .append(esc(line.getActionLine().getCode())).append("</a> ")
          .append(esc(line.getActionLine().getTitle())).append("</th>");
      for (OutcomeSection section : OutcomeSection.values()) {
        out.append("<td class=\"num\">").append(line.outcomesOf(section).size()).append("</td>");
      }
      int linked = coverage.getRow(line.getActionLine()).map(SdgCoverage.Row::getLinkedCount).orElse(0);
      int findings = 0;
      for (Outcome outcome : line.getOutcomes()) {
        findings += findingsByOutcome.getOrDefault(outcome.getId(), List.of()).size();
      }
      out.append("<td class=\"num\">").append(line.getOutcomes().size()).append("</td>")
          .append("<td class=\"num\">").append(linked).append("</td>")
          .append("<td class=\"num\">").append(findings).append("</td></tr>\n");
      total += line.getOutcomes().size();
    }
    out.append("</tbody>\n<tfoot><tr><th scope=\"row\">All action lines</th>");
    for (OutcomeSection section : OutcomeSection.values()) {
      int count = 0;
      for (ActionLineRoadmap line : roadmap.getActionLines()) {
        count += line.outcomesOf(section).size();
      }
      out.append("<td class=\"num\">").append(count).append("</td>");
    }
    int linkedAll = 0;
    for (SdgCoverage.Row row : coverage.getRows()) {
      linkedAll += row.getLinkedCount();
    }
    out.append("<td class=\"num\">").append(total).append("</td><td class=\"num\">").append(linkedAll)
        .append("</td><td class=\"num\">").append(validation.getFindings().size()).append("</td></tr></tfoot>\n</table>\n");
    out.append("<p class=\"verdict\">Validation: ");
    if (validation.isValid()) {
      out.append("<strong>valid</strong> (no error that is not waived)");
    } else {
      out.append("<strong>not valid</strong>: ").append(validation.countFailures()).append(" errors");
    }
    out.append(". Findings by severity: ");
    boolean first = true;
    for (Severity severity : Severity.values()) {
      out.append(first ? "" : ", ").append(badge(severity)).append(' ').append(validation.count(severity));
      first = false;
    }
    out.append("; waived ").append(validation.waived().size()).append(".</p>\n</section>\n");
  }

  private void coverage() {
    SdgCoverage coverage = SdgCoverage.of(roadmap);
    int max = 1;
    for (SdgCoverage.Row row : coverage.getRows()) {
      for (SdgGoal goal : SdgGoal.values()) {
        max = Math.max(max, row.getCell(goal).size());
      }
    }
    out.append("<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">SDG coverage</h2>\n")
        .append("<p>Outcomes of each action line linked to each Sustainable Development Goal, directly or through one of"
            + " its targets. Darker cells hold more outcomes; hover over a cell for the outcome ids.</p>\n")
        .append("<p class=\"matrix-legend\"><span class=\"heat-sample matrix\" aria-hidden=\"true\">"
            + "<span class=\"mark\">\u25C6</span></span> A framed cell marked \u25C6 is one the WSIS\u2013SDG Matrix maps the"
            + " action line to (the goal, or one of its targets); a framed 0 is a matrix goal no outcome addresses;"
            + " an unframed number counts outcomes linked to a goal the matrix does not map the action line to.</p>\n")
        .append("<div class=\"scroll\">\n<table class=\"heatmap\">\n<caption>Action lines by SDG goals: number of outcomes"
            + "</caption>\n<thead><tr><th scope=\"col\">Action line</th>");
    for (SdgGoal goal : SdgGoal.values()) {
      String colour = SdgColours.of(goal);
      out.append("<th scope=\"col\" class=\"goal\" style=\"background:").append(colour).append(";color:")
          .append(SdgColours.textOn(colour)).append("\"><abbr title=\"SDG ").append(goal.getNumber()).append(": ")
          .append(esc(goal.getShortTitle(Locale.ENGLISH))).append("\">").append(goal.getNumber()).append("</abbr></th>");
    }
    out.append("<th scope=\"col\" class=\"num\">Linked</th></tr></thead>\n<tbody>\n");
    for (SdgCoverage.Row row : coverage.getRows()) {
      out.append("<tr><th scope=\"row\">").append(esc(row.getActionLine().getCode())).append("</th>");
      for (SdgGoal goal : SdgGoal.values()) {
        List<Outcome> cell = row.getCell(goal);
        boolean inMatrix = row.isMatrixCell(goal);
        String mark = inMatrix ? "<span class=\"mark\" aria-hidden=\"true\">\u25C6</span><span class=\"vh\">, in the WSIS\u2013SDG Matrix</span>" : "";
        if (cell.isEmpty()) {
          out.append("<td class=\"heat empty").append(inMatrix ? " matrix" : "").append("\">0").append(mark).append("</td>");
          continue;
        }
        String background = SdgColours.mix(HEAT_LOW, HEAT_HIGH, (double) cell.size() / max);
        StringBuilder ids = new StringBuilder();
        for (Outcome outcome : cell) {
          ids.append(ids.length() == 0 ? "" : " ").append(outcome.getId());
        }
        out.append("<td class=\"heat").append(inMatrix ? " matrix" : "").append("\" style=\"background:").append(background).append(";color:")
            .append(SdgColours.textOn(background)).append("\" title=\"").append(esc(ids)).append(inMatrix ? " (in the WSIS\u2013SDG Matrix)" : "")
            .append("\">").append(cell.size()).append(mark).append("</td>");
      }
      out.append(String.format(Locale.ROOT, "<td class=\"num\">%d/%d</td></tr>%n", row.getLinkedCount(), row.getOutcomeCount())
          .replace(System.lineSeparator(), "\n"));
    }
    out.append("</tbody>\n</table>\n</div>\n<p>Goals no outcome covers: ");
    if (coverage.getUncoveredGoals().isEmpty()) {
      out.append("none");
    } else {
      boolean first = true;
      for (SdgGoal goal : coverage.getUncoveredGoals()) {
        out.append(first ? "" : ", ").append(goalChip(goal, List.of()));
        first = false;
      }
    }
    out.append(".</p>\n<details class=\"legend\"><summary>The 17 goals</summary>\n<ul class=\"goals\">\n");
    for (SdgGoal goal : SdgGoal.values()) {
      out.append("<li>").append(goalChip(goal, List.of())).append("</li>\n");
    }
    out.append("</ul>\n</details>\n</section>\n");
  }

  private void findings() {
    List<Finding> findings = validation.getFindings();
    out.append("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Validation findings</h2>\n");
    if (findings.isEmpty()) {
      out.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    out.append("<p>").append(findings.size()).append(" findings of the profile ").append(esc(validation.getProfile()))
        .append(". The location links to the outcome the finding concerns.</p>\n")
        .append("<div class=\"scroll\">\n<table class=\"findings\">\n<caption>Findings in rule order</caption>\n<thead><tr>")
        .append("<th scope=\"col\">#</th><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>")
        .append("<th scope=\"col\">Location</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      out.append("<tr id=\"finding-").append(i + 1).append("\"").append(finding.isWaived() ? " class=\"waived\"" : "")
          .append("><td class=\"num\">").append(i + 1).append("</td><td>").append(badge(finding.getSeverity()));
      finding.getWaiver().ifPresent(w -> out.append(" <span class=\"waiver\" title=\"").append(esc(w.getReason()))
          .append("\">waived</span>"));
      out.append("</td><td class=\"rule\"><span title=\"").append(esc(finding.getRule().getTitle())).append("\">")
          .append(esc(finding.getRuleId())).append("</span></td><td class=\"where\">");
      Optional<String> target = anchorOf(finding);
      if (target.isPresent()) {
        out.append("<a href=\"#").append(esc(target.get())).append("\">").append(esc(finding.getLocationText())).append("</a>");
      } else {
        out.append(esc(finding.getLocationText()));
      }
      out.append("</td><td>").append(esc(finding.getMessage())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private Optional<String> anchorOf(Finding finding) {
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

  private void actionLine(ActionLineRoadmap line) {
    String anchor = actionLineAnchor(line);
    out.append("<section id=\"").append(esc(anchor)).append("\" aria-labelledby=\"").append(esc(anchor))
        .append("-h\">\n<h2 id=\"").append(esc(anchor)).append("-h\">").append(esc(line.getActionLine().getCode()))
        .append(' ').append(esc(line.getActionLine().getTitle())).append("</h2>\n");
    if (!line.getTitle().equals(line.getActionLine().getTitle())) {
      out.append("<p class=\"printed\">As printed: ").append(esc(line.getTitle())).append("</p>\n");
    }
    List<String> lead = line.getActionLine().getLeadFacilitators();
    if (!lead.isEmpty()) {
      out.append("<p class=\"printed\">Lead facilitators: ").append(esc(String.join(", ", lead))).append("</p>\n");
    }
    for (String note : line.getNotes()) {
      out.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
    for (OutcomeSection section : OutcomeSection.values()) {
      List<Outcome> outcomes = line.outcomesOf(section);
      if (outcomes.isEmpty()) {
        continue;
      }
      out.append("<h3>").append(esc(section.getTitle())).append("</h3>\n<div class=\"scroll\">\n<table class=\"outcomes\">\n")
          .append("<caption>").append(esc(line.getActionLine().getCode())).append(", ").append(esc(section.getTitle()))
          .append(": ").append(outcomes.size()).append(" outcomes</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Outcome</th><th scope=\"col\">Statement</th><th scope=\"col\">Timing</th>")
          .append("<th scope=\"col\">ITU strategic goals and resolutions</th><th scope=\"col\">SDG links</th>")
          .append("<th scope=\"col\">Evidence and results</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
      for (Outcome outcome : outcomes) {
        outcome(outcome);
      }
      out.append("</tbody>\n</table>\n</div>\n");
    }
    out.append("</section>\n");
  }

  private void outcome(Outcome outcome) {
    String anchor = outcomeAnchor(outcome.getId());
    boolean first = anchors.add(anchor);
    List<Integer> findings = first ? findingsByOutcome.getOrDefault(outcome.getId(), List.of()) : List.of();
    // an id repeated in the roadmap (rule WSIS-ID-001) gets a numbered anchor so that ids stay unique
    for (int n = 2; !first; n++) {
      first = anchors.add(outcomeAnchor(outcome.getId()) + "-" + n);
      anchor = outcomeAnchor(outcome.getId()) + "-" + n;
    }
    out.append("<tr id=\"").append(esc(anchor)).append("\"")
        .append(findings.isEmpty() ? "" : " class=\"flagged\"").append(">\n<th scope=\"row\" class=\"oid\">")
        .append(esc(outcome.getId().toString())).append("</th>\n<td class=\"statement\"><p>")
        .append(esc(outcome.getStatement())).append("</p>");
    if (!outcome.getSubItems().isEmpty()) {
      out.append("<ul class=\"sub\">");
      for (SubItem item : outcome.getSubItems()) {
        out.append("<li><span class=\"label\">").append(esc(item.getLabel())).append("</span> ")
            .append(esc(item.getText())).append("</li>");
      }
      out.append("</ul>");
    }
    outcome.getSource().ifPresent(s -> out.append("<p class=\"src\">document lines ").append(s.getFromLine())
        .append("\u2013").append(s.getToLine()).append("</p>"));
    out.append("</td>\n<td class=\"timing\">");
    outcome.getTiming().ifPresentOrElse(this::timing, () -> out.append("<span class=\"none\">none</span>"));
    out.append("</td>\n<td class=\"refs\">");
    references(outcome.getReferences());
    out.append("</td>\n<td class=\"sdg\">");
    sdgLinks(outcome);
    out.append("</td>\n<td class=\"results\">");
    results(outcome);
    out.append("</td>\n<td class=\"flags\">");
    if (findings.isEmpty()) {
      out.append("<span class=\"none\">none</span>");
    } else {
      out.append("<ul>");
      for (int number : findings) {
        Finding finding = validation.getFindings().get(number - 1);
        out.append("<li><a href=\"#finding-").append(number).append("\">").append(badge(finding.getSeverity()))
            .append(' ').append(esc(finding.getRuleId())).append("</a></li>");
      }
      out.append("</ul>");
    }
    out.append("</td>\n</tr>\n");
  }

  private void timing(Timing timing) {
    out.append("<p>").append(esc(timing.getRaw())).append("</p><ul class=\"spans\" title=\"read as\">");
    for (TimingEntry entry : timing.getEntries()) {
      out.append("<li class=\"span ").append(entry.getKind().name().toLowerCase(Locale.ROOT)).append("\">")
          .append(esc(describe(entry))).append("</li>");
    }
    out.append("</ul>");
  }

  private static String describe(TimingEntry entry) {
    String from = entry.getFrom().map(String::valueOf).orElse("?");
    String to = entry.getTo().map(String::valueOf).orElse("?");
    switch (entry.getKind()) {
      case SPAN:
        return from + "\u2013" + to;
      case YEAR:
        return from;
      case SINCE:
        return "since " + from;
      case TO_DATE:
        return from + " to date";
      case CONTINUOUS:
        return entry.getFrom().isPresent() ? "continuous from " + from : "continuous";
      default:
        return "not read: " + entry.getRaw();
    }
  }

  private void references(List<Reference> references) {
    if (references.isEmpty()) {
      out.append("<span class=\"none\">none</span>");
      return;
    }
    out.append("<ul>");
    for (Reference reference : references) {
      out.append("<li><span class=\"kind\">").append(esc(kindName(reference.getKind()))).append("</span> ")
          .append(esc(reference.getRaw()));
      String typed = typed(reference);
      if (!typed.isEmpty()) {
        out.append("<br><span class=\"typed\">").append(esc(typed)).append("</span>");
      }
      out.append("</li>");
    }
    out.append("</ul>");
  }

  private static String kindName(Reference.Kind kind) {
    switch (kind) {
      case STRATEGIC_GOAL:
        return "Strategic goal";
      case RESOLUTION:
        return "Resolution";
      case INSTRUMENT:
        return "Instrument";
      case DOCUMENT:
        return "Document";
      default:
        return "Text";
    }
  }

  private static String typed(Reference reference) {
    switch (reference.getKind()) {
      case STRATEGIC_GOAL: {
        StrategicGoalRef ref = (StrategicGoalRef) reference;
        return "ITU goal " + ref.getGoal() + ref.getTarget().map(t -> ", target " + t).orElse("");
      }
      case RESOLUTION: {
        ResolutionRef ref = (ResolutionRef) reference;
        StringBuilder text = new StringBuilder(ref.getBody().map(b -> b.name() + " ").orElse(""));
        text.append(String.join(", ", ref.getNumbers()));
        if (ref.isRevised() || ref.getPlace().isPresent() || ref.getYear().isPresent()) {
          text.append(" \u00b7 ").append(ref.isRevised() ? "Rev. " : "")
              .append(ref.getPlace().orElse("")).append(ref.getPlace().isPresent() && ref.getYear().isPresent() ? " " : "")
              .append(ref.getYear().map(String::valueOf).orElse(""));
        }
        return text.toString().strip();
      }
      case INSTRUMENT: {
        InstrumentRef ref = (InstrumentRef) reference;
        return ref.getName() + ref.getPlace().map(p -> " \u00b7 " + p).orElse("")
            + ref.getYear().map(y -> " " + y).orElse("");
      }
      case DOCUMENT: {
        DocumentRef ref = (DocumentRef) reference;
        return ref.getIssuer().map(i -> i + ": ").orElse("") + String.join(", ", ref.getSymbols());
      }
      default:
        return "";
    }
  }

  private void sdgLinks(Outcome outcome) {
    Map<SdgGoal, List<String>> byGoal = new EnumMap<>(SdgGoal.class);
    List<SdgGoal> order = new ArrayList<>();
    for (SdgLink link : outcome.getSdgLinks()) {
      SdgGoal goal = link.getGoal();
      if (!byGoal.containsKey(goal)) {
        order.add(goal);
        byGoal.put(goal, new ArrayList<>());
      }
      if (link.getKind() == SdgLink.Kind.TARGET) {
        byGoal.get(goal).add(link.getCode());
      }
    }
    if (order.isEmpty()) {
      out.append("<span class=\"none\">none</span>");
    } else {
      out.append("<ul class=\"chips\">");
      for (SdgGoal goal : order) {
        out.append("<li>").append(goalChip(goal, byGoal.get(goal))).append("</li>");
      }
      out.append("</ul>");
    }
    outcome.getSdgNote().ifPresent(note -> out.append("<p class=\"note\">").append(esc(note)).append("</p>"));
  }

  private static String goalChip(SdgGoal goal, List<String> targets) {
    String colour = SdgColours.of(goal);
    StringBuilder chip = new StringBuilder("<span class=\"chip\" style=\"background:").append(colour).append(";color:")
        .append(SdgColours.textOn(colour)).append("\"><b>SDG ").append(goal.getNumber()).append("</b> ")
        .append(esc(goal.getShortTitle(Locale.ENGLISH)));
    if (!targets.isEmpty()) {
      chip.append(": ").append(esc(String.join(", ", targets)));
    }
    return chip.append("</span>").toString();
  }

  private void results(Outcome outcome) {
    Results results = outcome.getResults();
    List<String> parts = new ArrayList<>();
    count(parts, outcome.getEvidence().size(), "evidence item");
    count(parts, results.getExpected().size(), "expected result");
    count(parts, results.getActivities().size(), "activity", "activities");
    count(parts, results.getAchievements().size(), "achievement");
    count(parts, results.getTargets().size(), "target");
    count(parts, results.getText().size(), "other result");
    if (outcome.getCovidResponse().isPresent()) {
      parts.add("COVID-19 response");
    }
    if (parts.isEmpty()) {
      out.append("<span class=\"none\">none</span>");
      return;
    }
    out.append("<details><summary>").append(esc(String.join(", ", parts))).append("</summary>");
    list("Evidence", outcome.getEvidence());
    list("Expected results", results.getExpected());
    list("ITU activities", results.getActivities());
    if (!results.getAchievements().isEmpty()) {
      out.append("<h4>Achievements</h4><ul>");
      for (Achievement achievement : results.getAchievements()) {
        out.append("<li>").append(esc(achievement.getText()));
        achievement.getMetric().ifPresent(m -> out.append(" <span class=\"metric\">").append(esc(m.getRaw())).append("</span>"));
        out.append("</li>");
      }
      out.append("</ul>");
    }
    if (!results.getTargets().isEmpty()) {
      out.append("<h4>Targets</h4><ul>");
      for (ResultTarget target : results.getTargets()) {
        out.append("<li>").append(esc(target.getText()));
        target.getByYear().ifPresent(y -> out.append(" <span class=\"metric\">by ").append(y).append("</span>"));
        out.append("</li>");
      }
      out.append("</ul>");
    }
    list("Results", results.getText());
    if (outcome.getCovidResponse().isPresent()) {
      CovidResponse covid = outcome.getCovidResponse().get();
      List<String> items = new ArrayList<>();
      items.addAll(covid.getDocuments());
      items.addAll(covid.getInitiatives());
      items.addAll(covid.getText());
      list("COVID-19 response", items);
    }
    out.append("</details>");
  }

  private static void count(List<String> parts, int count, String singular) {
    count(parts, count, singular, singular + "s");
  }

  private static void count(List<String> parts, int count, String singular, String plural) {
    if (count > 0) {
      parts.add(count + " " + (count == 1 ? singular : plural));
    }
  }

  private void list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<h4>").append(esc(heading)).append("</h4><ul>");
    for (String item : items) {
      out.append("<li>").append(esc(item)).append("</li>");
    }
    out.append("</ul>");
  }

  private static String badge(Severity severity) {
    return "<span class=\"sev " + severity.name().toLowerCase(Locale.ROOT) + "\">" + severity.name() + "</span>";
  }

  private void footer() {
    out.append("<footer>\n<p>Generated by wsis-roadmap ").append(esc(version)).append(" from the edition ")
        .append(esc(roadmap.getId()));
    roadmap.getAsOf().ifPresent(d -> out.append(" of ").append(esc(d.toString())));
    out.append(". SDG colours and short titles: United Nations. This page loads nothing from the network.</p>\n</footer>\n");
  }

  static String outcomeAnchor(OutcomeId id) {
    return "outcome-" + id;
  }

  private static String actionLineAnchor(ActionLineRoadmap line) {
    return "al-" + line.getActionLine().getCode();
  }

  private static String esc(CharSequence text) {
    return Html.escape(text);
  }

  private static final String STYLE = String.join("\n",
      ":root{color-scheme:light;}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1a1a1a;background:#fff;"
          + "margin:0 auto;padding:1rem 1.5rem;max-width:110rem;line-height:1.4;font-size:15px;}",
      "h1{font-size:1.6rem;margin:.2rem 0 .6rem;}",
      "h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem;}",
      "h3{font-size:1.1rem;margin:1.2rem 0 .4rem;}",
      "h4{font-size:.9rem;margin:.5rem 0 .2rem;}",
      "a{color:#0b50b4;}",
      "dl.edition{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:0 0 .6rem;}",
      "dl.edition dt{font-weight:600;display:inline;}dl.edition dt::after{content:': ';}dl.edition dd{display:inline;margin:0;}",
      "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.3rem 0;}",
      "table{border-collapse:collapse;margin:.4rem 0 1rem;}",
      "caption{text-align:left;font-weight:600;padding:.2rem 0;}",
      "th,td{border:1px solid #8c8c8c;padding:.3rem .45rem;vertical-align:top;text-align:left;}",
      "thead th{background:#e8e8e8;}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;}",
      ".scroll{overflow-x:auto;}",
      "table.heatmap th.goal{text-align:center;min-width:2.1rem;}",
      "table.heatmap abbr{text-decoration:none;}",
      "table.heatmap td.heat{text-align:center;font-weight:600;font-variant-numeric:tabular-nums;}",
      "table.heatmap td.empty{color:#595959;font-weight:400;}",
      "table.heatmap td.matrix,.heat-sample.matrix{outline:3px double currentColor;outline-offset:-4px;}",
      ".mark{font-size:.6em;vertical-align:super;margin-left:.1em;}",
      ".heat-sample{display:inline-block;width:1.6rem;height:1.3rem;text-align:center;background:#EFF3FF;vertical-align:middle;}",
      ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}",
      "table.outcomes{width:100%;font-size:.92rem;}",
      "table.outcomes th.oid{white-space:nowrap;background:#f4f4f4;}",
      "table.outcomes td.statement{min-width:22rem;}",
      "table.outcomes td.statement p{margin:0 0 .3rem;}",
      "table.outcomes td.refs{min-width:14rem;}",
      "table.outcomes td.sdg{min-width:12rem;}",
      "table.outcomes td.results{min-width:12rem;}",
      "table.outcomes td.flags{white-space:nowrap;}",
      "table.findings td.rule,table.findings td.where{white-space:nowrap;}",
      "table.outcomes ul{margin:0;padding-left:1.1rem;}",
      "tr.flagged th.oid{border-left:4px solid #b3261e;}",
      "ul.spans,ul.chips,ul.goals{list-style:none;padding:0 !important;margin:0;}",
      "li.span{display:inline-block;border:1px solid #5a5a5a;border-radius:.25rem;padding:0 .3rem;margin:.1rem .2rem .1rem 0;font-size:.85rem;}",
      "li.span.unread{border-color:#b3261e;color:#8c1d18;}",
      ".chip{display:inline-block;border-radius:.3rem;padding:.05rem .4rem;margin:.1rem 0;font-size:.85rem;}",
      "ul.goals li{margin:.15rem 0;}",
      ".kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:#4a4a4a;}",
      ".typed{font-size:.82rem;color:#3d3d3d;}",
      ".note,.printed,.src{font-size:.85rem;color:#3d3d3d;margin:.2rem 0;}",
      ".none{color:#595959;font-style:italic;}",
      ".label{font-weight:600;}",
      ".metric{font-size:.8rem;background:#eef2f7;border-radius:.2rem;padding:0 .25rem;}",
      ".sev{display:inline-block;font-size:.72rem;font-weight:700;border-radius:.2rem;padding:0 .3rem;color:#fff;}",
      ".sev.fatal{background:#5c0011;}.sev.error{background:#b3261e;}.sev.warning{background:#7a4a00;}.sev.info{background:#1f5f99;}",
      ".waiver{font-size:.75rem;color:#3d3d3d;border:1px dashed #5a5a5a;padding:0 .25rem;}",
      "tr.waived td{color:#4a4a4a;}",
      "table.findings td{font-size:.9rem;}",
      "p.verdict{font-size:1rem;}",
      ":target{outline:3px solid #0b50b4;outline-offset:-3px;}",
      "footer{margin-top:2rem;font-size:.85rem;color:#3d3d3d;border-top:1px solid #8c8c8c;}",
      "@media print{.scroll{overflow:visible;}details{display:block;}}",
      "");
}
