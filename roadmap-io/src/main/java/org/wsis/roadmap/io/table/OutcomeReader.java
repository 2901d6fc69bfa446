package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.ActionLine;
import org.wsis.roadmap.Metric;
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
import org.wsis.roadmap.markup.PlainText;

/**
 * Reads the cells of one rebuilt table row into an {@link Outcome}: joins the parts of a paragraph
 * that a page break split, applies the errata of the outcome to the printed text, separates label,
 * statement and sub-items, divides the results cell by its headings, and reads timing, references,
 * SDG links and metrics with the core readers, handing them the items as {@link PlainText} so that
 * no cell is tokenised twice. Everything it cannot read goes to the {@link IssueLog}.
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
  private final List<String> columns;

  OutcomeReader(IssueLog log, List<String> columns) {
    this.log = log;
    this.columns = List.copyOf(columns);
  }

  /**
   * Reads a row.
   *
   * @param actionLine the action line of the table
   * @param row the rebuilt row
   * @param errata the errata of this outcome, applied to the printed text before it is read
   * @return the outcome
   */
  Outcome read(ActionLine actionLine, ParsedRow row, List<Erratum> errata) {
    String name = OutcomeId.of(actionLine, row.section, row.label).toString();
    List<List<CellItem>> cells = new ArrayList<>();
    for (int k = 0; k < row.cells.size(); k++) {
      log.at(name, columns.get(k));
      cells.add(PageJoiner.items(row.cells.get(k), k != TIMING, log));
    }
    String label = row.label;
    for (Erratum erratum : errata) {
      if (erratum.getField() == Erratum.Field.LABEL) {
        Errata.require(label.equals(erratum.getPrinted()), erratum, label);
        label = erratum.getCorrected();
      }
    }
    Outcome.Builder outcome = Outcome.builder()
        .id(OutcomeId.of(actionLine, row.section, label))
        .section(row.section)
        .label(label)
        .source(SourceRange.of(row.firstLine, row.lastLine));
    log.at(name, columns.get(OUTCOME));
    outcome.statement(readStatement(cells.get(OUTCOME), outcome, row.label, errata));
    log.at(name, columns.get(TIMING));
    readTiming(cells.get(TIMING)).ifPresent(outcome::timing);
    log.at(name, columns.get(REFERENCES));
    outcome.references(readReferences(cells.get(REFERENCES)));
    log.at(name, columns.get(SDG));
    readSdg(cells.get(SDG), outcome);
    for (CellItem item : cells.get(EVIDENCE)) {
      outcome.addEvidence(item.text());
    }
    log.at(name, columns.get(RESULTS));
    outcome.results(readResults(cells.get(RESULTS)));
    log.at(name, columns.get(COVID));
    readCovid(cells.get(COVID), outcome, errata);
    log.at(null, null);
    return outcome.build();
  }

  /** Reads label, statement and sub-items; returns the statement with the errata applied. */
  private String readStatement(List<CellItem> items, Outcome.Builder outcome, String rowLabel, List<Erratum> errata) {
    StringBuilder statement = new StringBuilder();
    List<String[]> subItems = new ArrayList<>();
    String previousSub = null;
    for (int k = 0; k < items.size(); k++) {
      CellItem item = items.get(k);
      String text = item.text();
      if (k == 0) {
        statement.append(item.rest());
        continue;
      }
      Labels.Match sub = item.label();
      if (sub != null) {
        boolean first = previousSub == null && sub.label().equals(rowLabel + "1");
        if (!first && !Labels.follows(previousSub, sub.label())) {
          log.add(item, ImportIssue.Kind.LABEL_SEQUENCE, sub.label(),
              previousSub == null
                  ? "the first sub-item label should be the outcome label followed by 1, or 'a', 'A' or 'i'"
                  : "sub-item label does not follow the previous sub-item label '" + previousSub + "'");
        }
        subItems.add(new String[] {sub.label(), item.rest()});
        previousSub = sub.label();
      } else if (subItems.isEmpty()) {
        append(statement, text);
      } else {
        String[] last = subItems.get(subItems.size() - 1);
        last[1] = last[1].isEmpty() ? text : last[1] + " " + text;
        log.add(item, ImportIssue.Kind.TEXT_AFTER_SUB_ITEMS, PageJoiner.head(text),
            "unlabelled text after the sub-items; kept at the end of sub-item '" + last[0] + "'");
      }
    }
    for (String[] sub : subItems) {
      outcome.addSubItem(SubItem.builder().label(sub[0]).text(sub[1]).build());
    }
    String text = statement.toString();
    for (Erratum erratum : errata) {
      if (erratum.getField() == Erratum.Field.STATEMENT) {
        Errata.require(text.contains(erratum.getPrinted()), erratum, text);
        text = text.replace(erratum.getPrinted(), erratum.getCorrected());
      }
    }
    return text;
  }

  private Optional<Timing> readTiming(List<CellItem> items) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String raw = String.join("; ", texts(items));
    Timing timing = Timing.read(PlainText.of(raw));
    for (TimingEntry entry : timing.getEntries()) {
      if (entry.getKind() == TimingEntry.Kind.UNREAD) {
        log.add(itemOf(items, entry.getRaw()), ImportIssue.Kind.UNREAD_TIMING, entry.getRaw(),
            "not a span, year, 'since', 'to date' or continuous timing; kept as an UNREAD entry");
      }
    }
    return Optional.of(timing);
  }

  private List<Reference> readReferences(List<CellItem> items) {
    List<Reference> references = new ArrayList<>();
    for (CellItem item : items) {
      for (Reference reference : Reference.readAll(item.plain())) {
        references.add(reference);
        if (reference instanceof TextRef) {
          log.add(item, ImportIssue.Kind.UNREAD_REFERENCE, reference.getRaw(),
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
    SdgCell cell = SdgCell.read(PlainText.of(raw));
    outcome.sdgLinks(cell.getLinks());
    cell.getNote().ifPresent(outcome::sdgNote);
    for (String unread : cell.getUnread()) {
      log.add(itemOf(items, unread), ImportIssue.Kind.UNREAD_SDG, unread,
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
        case EXPECTED -> results.addExpected(text);
        case ACTIVITIES -> results.addActivity(text);
        case ACHIEVEMENTS -> {
          Optional<Metric> metric = metric(item, "achievement");
          results.addAchievement(Achievement.builder().text(text).metric(metric).build());
        }
        case TARGETS -> {
          Matcher year = BY_YEAR.matcher(text);
          Optional<Metric> target = metric(item, "target");
          results.addTarget(ResultTarget.builder()
              .text(text)
              .metric(target)
              .byYear(year.find() ? Optional.of(Integer.valueOf(year.group(1))) : Optional.empty())
              .build());
        }
      }
    }
    return results.build();
  }

  /** Finds the metric of an achievement or target, and lists it in the report for a person to check. */
  private Optional<Metric> metric(CellItem item, String what) {
    Optional<Metric> metric = Metric.find(item.plain());
    metric.ifPresent(m -> log.add(item, ImportIssue.Kind.METRIC_READ, m.getRaw(),
        "read as the metric of the " + what + " '" + PageJoiner.head(item.text()) + "...'; check that it is one"));
    return metric;
  }

  /**
   * Reads the COVID-19 cell once, with the printed items the errata name replaced by their
   * corrections; a printed item that could not be read is still reported, as the document prints it.
   */
  private void readCovid(List<CellItem> items, Outcome.Builder outcome, List<Erratum> errata) {
    List<String> texts = texts(items);
    for (Erratum erratum : errata) {
      if (erratum.getField() == Erratum.Field.COVID_RESPONSE) {
        int at = texts.indexOf(erratum.getPrinted());
        Errata.require(at >= 0, erratum, texts.isEmpty() ? "no COVID-19 response" : texts.toString());
        if (CovidCellReader.isUnread(erratum.getPrinted())) {
          reportUnreadCovid(items.get(at), erratum.getPrinted());
        }
        texts.set(at, erratum.getCorrected());
      }
    }
    CovidCellReader.Reading reading = CovidCellReader.read(texts);
    reading.response().ifPresent(outcome::covidResponse);
    for (String unread : reading.unread()) {
      reportUnreadCovid(itemOf(items, unread), unread);
    }
  }

  private void reportUnreadCovid(CellItem item, String text) {
    log.add(item, ImportIssue.Kind.UNREAD_COVID, text,
        "not a list of document symbols (such as 'C20/18') and initiatives; kept as text");
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

  /** Returns the item that holds a text, or the first item. */
  private static CellItem itemOf(List<CellItem> items, String text) {
    for (CellItem item : items) {
      if (item.text().contains(text)) {
        return item;
      }
    }
    return items.get(0);
  }
}
