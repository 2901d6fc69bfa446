package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.SdgCell;
import org.wsis.roadmap.SourceRange;
import org.wsis.roadmap.SubItem;
import org.wsis.roadmap.TextRef;
import org.wsis.roadmap.Timing;
import org.wsis.roadmap.TimingEntry;
import org.wsis.roadmap.Metric;

/**
 * Reads the cells of one rebuilt table row into an {@link Outcome}: splits each cell into items,
 * joins the parts of a paragraph that a page break split, separates label, statement and
 * sub-items, divides the results cell by its headings, and reads timing, references, SDG links
 * and metrics with the core readers. Everything it cannot read goes to the {@link IssueLog}.
 */
final class OutcomeReader {
  static final int OUTCOME = 0;
  static final int TIMING = 1;
  static final int REFERENCES = 2;
  static final int SDG = 3;
  static final int EVIDENCE = 4;
  static final int RESULTS = 5;
  static final int COVID = 6;
  private static final Pattern BY_YEAR = Pattern.compile("\\bby (\\d{4})\\b");

  private final IssueLog log;
  private final String[] columns;

  OutcomeReader(IssueLog log, String[] header) {
    this.log = log;
    this.columns = new String[header.length];
    for (int k = 0; k < header.length; k++) {
      columns[k] = CellMarkup.normalise(header[k]);
    }
  }

  Outcome read(ActionLine actionLine, ParsedRow row) {
    OutcomeId id = OutcomeId.of(actionLine, row.section, row.label);
    String name = id.toString();
    List<List<CellItem>> cells = new ArrayList<>();
    for (int k = 0; k < row.cells.size(); k++) {
      log.at(name, columns[k]);
      cells.add(PageJoiner.items(row.cells.get(k), k != TIMING, log));
    }
    Outcome.Builder outcome = Outcome.builder()
        .id(id)
        .section(row.section)
        .label(row.label)
        .source(SourceRange.of(row.firstLine, row.lastLine));
    log.at(name, columns[OUTCOME]);
    readStatement(cells.get(OUTCOME), outcome, row.label);
    log.at(name, columns[TIMING]);
    readTiming(cells.get(TIMING)).ifPresent(outcome::timing);
    log.at(name, columns[REFERENCES]);
    outcome.references(readReferences(cells.get(REFERENCES)));
    log.at(name, columns[SDG]);
    readSdg(cells.get(SDG), outcome);
    for (CellItem item : cells.get(EVIDENCE)) {
      outcome.addEvidence(item.text());
    }
    log.at(name, columns[RESULTS]);
    outcome.results(readResults(cells.get(RESULTS)));
    log.at(name, columns[COVID]);
    List<String> covid = texts(cells.get(COVID));
    CovidCellReader.Reading reading = CovidCellReader.read(covid);
    reading.response.ifPresent(outcome::covidResponse);
    for (String unread : reading.unread) {
      log.add(lineOf(cells.get(COVID), unread), ImportIssue.Kind.UNREAD_COVID, unread,
          "not a list of document symbols (such as 'C20/18') and initiatives; kept as text");
    }
    log.at(null, null);
    return outcome.build();
  }

  private void readStatement(List<CellItem> items, Outcome.Builder outcome, String rowLabel) {
    StringBuilder statement = new StringBuilder();
    List<String[]> subItems = new ArrayList<>();
    String previousSub = null;
    for (int k = 0; k < items.size(); k++) {
      CellItem item = items.get(k);
      String text = item.text();
      if (k == 0) {
        Labels.Match label = Labels.leading(text);
        statement.append(label == null ? text : label.rest);
        continue;
      }
      Labels.Match sub = Labels.leading(text);
      if (sub != null) {
        boolean first = previousSub == null && sub.label.equals(rowLabel + "1");
        if (!first && !Labels.follows(previousSub, sub.label)) {
          log.add(item.line(), ImportIssue.Kind.LABEL_SEQUENCE, sub.label,
              previousSub == null
                  ? "the first sub-item label should be the outcome label followed by 1, or 'a', 'A' or 'i'"
                  : "sub-item label does not follow the previous sub-item label '" + previousSub + "'");
        }
        subItems.add(new String[] {sub.label, sub.rest});
        previousSub = sub.label;
      } else if (subItems.isEmpty()) {
        append(statement, text);
      } else {
        String[] last = subItems.get(subItems.size() - 1);
        last[1] = last[1].isEmpty() ? text : last[1] + " " + text;
        log.add(item.line(), ImportIssue.Kind.TEXT_AFTER_SUB_ITEMS, PageJoiner.head(text),
            "unlabelled text after the sub-items; kept at the end of sub-item '" + last[0] + "'");
      }
    }
    outcome.statement(statement.toString());
    for (String[] sub : subItems) {
      outcome.addSubItem(SubItem.builder().label(sub[0]).text(sub[1]).build());
    }
  }

  private Optional<Timing> readTiming(List<CellItem> items) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String raw = String.join("; ", texts(items));
    Timing timing = Timing.read(raw);
    for (TimingEntry entry : timing.getEntries()) {
      if (entry.getKind() == TimingEntry.Kind.UNREAD) {
        log.add(lineOf(items, entry.getRaw()), ImportIssue.Kind.UNREAD_TIMING, entry.getRaw(),
            "not a span, year, 'since', 'to date' or continuous timing; kept as an UNREAD entry");
      }
    }
    return Optional.of(timing);
  }

  private List<Reference> readReferences(List<CellItem> items) {
    List<Reference> references = new ArrayList<>();
    for (CellItem item : items) {
      for (Reference reference : Reference.readAll(item.text())) {
        references.add(reference);
        if (reference instanceof TextRef) {
          log.add(item.line(), ImportIssue.Kind.UNREAD_REFERENCE, reference.getRaw(),
              "no citation could be read from this text; kept as a text reference");
        }
      }
    }
    return references;
  }

  private void readSdg(List<CellItem> items, Outcome.Builder outcome) {
    if (items.isEmpty()) {
      return;
    }
    String raw = String.join(" ", texts(items));
    outcome.sdgRaw(raw);
    SdgCell cell = SdgCell.read(raw);
    outcome.sdgLinks(cell.getLinks());
    cell.getNote().ifPresent(outcome::sdgNote);
    for (String unread : cell.getUnread()) {
      log.add(lineOf(items, unread), ImportIssue.Kind.UNREAD_SDG, unread,
          "neither an SDG goal, an SDG target nor prose; kept in the raw cell only");
    }
  }

  private Results readResults(List<CellItem> items) {
    Results.Builder results = Results.builder();
    ResultsHeading part = null;
    for (CellItem item : items) {
      String text = item.text();
      ResultsHeading heading = ResultsHeading.of(text);
      if (heading != null) {
        part = heading;
        continue;
      }
      if (part == null) {
        results.addText(text);
        continue;
      }
      switch (part) {
        case EXPECTED:
          results.addExpected(text);
          break;
        case ACTIVITIES:
          results.addActivity(text);
          break;
        case ACHIEVEMENTS:
          Optional<Metric> metric = Metric.find(text);
          metric.ifPresent(m -> log.add(item.line(), ImportIssue.Kind.METRIC_READ, m.getRaw(),
              "read as the metric of the achievement '" + PageJoiner.head(text) + "...'; check that it is one"));
          results.addAchievement(Achievement.builder().text(text).metric(metric).build());
          break;
        case TARGETS:
          Matcher year = BY_YEAR.matcher(text);
          Optional<Metric> target = Metric.find(text);
          target.ifPresent(m -> log.add(item.line(), ImportIssue.Kind.METRIC_READ, m.getRaw(),
              "read as the metric of the target '" + PageJoiner.head(text) + "...'; check that it is one"));
          results.addTarget(ResultTarget.builder()
              .text(text)
              .metric(target)
              .byYear(year.find() ? Optional.of(Integer.valueOf(year.group(1))) : Optional.empty())
              .build());
          break;
        default:
          throw new IllegalStateException(part.name());
      }
    }
    return results.build();
  }

  private static void append(StringBuilder statement, String text) {
    if (statement.length() > 0) {
      statement.append(' ');
    }
    statement.append(text);
  }

  private static List<String> texts(List<CellItem> items) {
    List<String> out = new ArrayList<>(items.size());
    for (CellItem item : items) {
      out.add(item.text());
    }
    return out;
  }

  /** Returns the line of the item that holds a text, or the line of the first item. */
  private static int lineOf(List<CellItem> items, String text) {
    for (CellItem item : items) {
      if (item.text().contains(text)) {
        return item.line();
      }
    }
    return items.get(0).line();
  }

}
