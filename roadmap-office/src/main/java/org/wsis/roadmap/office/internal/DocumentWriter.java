package org.wsis.roadmap.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Achievement;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeSection;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.ResultTarget;
import org.wsis.roadmap.Results;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapStatus;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SubItem;

/**
 * Writes a roadmap as a Word document in the published layout: the title block, the introduction,
 * and per action line a numbered heading, its notes and one seven-column table whose header row
 * repeats on every page, with a row spanning the table before each section and bullet lists in cells.
 */
public final class DocumentWriter {
  /** The headers of the seven columns; the first names the action line. */
  static final String[] HEADERS = {
    "WSIS Outcomes (WSIS AL %s)", "Proposed Timing", "ITU Strategic Goals and Relevant Resolutions", "Linkages with SDGs",
    "Evidence-based analysis of the current situation", "Expected and Achieved results and targets to be achieved",
    "COVID-19 Response"
  };

  /** The text of the row opening each section. */
  static String sectionTitle(OutcomeSection section) {
    return section == OutcomeSection.GENEVA_TUNIS
        ? "Geneva Plan of Action and Tunis Agenda for the Information Society"
        : "WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS"
            + " Beyond 2015)";
  }

  private final XWPFDocument document = new XWPFDocument();
  private final BigInteger bullets;

  private DocumentWriter() {
    XWPFNumbering numbering = document.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("\u2022");
    level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(284));
    level.getPPr().getInd().setHanging(BigInteger.valueOf(284));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
    this.bullets = numbering.addNum(abstractId);
  }

  /**
   * Writes a roadmap to a stream, which is left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws IOException when the stream fails
   */
  public static void write(Roadmap roadmap, OutputStream out) throws IOException {
    DocumentWriter writer = new DocumentWriter();
    try (XWPFDocument document = writer.document) {
      writer.body(roadmap);
      document.write(out);
    }
  }

  private void body(Roadmap roadmap) {
    WorkbookWriter.properties(document.getProperties().getCoreProperties(), roadmap);
    // the roadmap's id, which import takes back (a document written by hand has none)
    document.getProperties().getCoreProperties().setIdentifier(roadmap.getId());
    XWPFParagraph title = document.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    run(title, roadmap.getTitle(), true, 18);
    XWPFParagraph edition = document.createParagraph();
    edition.setAlignment(ParagraphAlignment.CENTER);
    String status = roadmap.getStatus() == RoadmapStatus.FINAL ? "Final" : "Draft";
    run(edition, "(" + status + roadmap.getAsOf()
        .map(d -> " as of " + d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))).orElse("") + ")", true, 14);
    document.createParagraph();
    int number = 1;
    // The text the importer reads has a blank line after each paragraph outside the tables.
    if (!roadmap.getIntroduction().isEmpty()) {
      heading(number++ + ". Introduction");
      for (String paragraph : roadmap.getIntroduction()) {
        run(document.createParagraph(), paragraph, false, 11);
        document.createParagraph();
      }
    }
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      heading(number++ + ". Roadmap for WSIS Action Line " + line.getActionLine().getCode() + ": " + line.getTitle());
      for (String note : line.getNotes()) {
        run(document.createParagraph(), "Note: " + note, false, 11);
        document.createParagraph();
      }
      table(line);
      document.createParagraph();
    }
    // Landscape pages; the section properties must come last in the body.
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr section = document.getDocument().getBody().addNewSectPr();
    section.addNewPgSz().setOrient(STPageOrientation.LANDSCAPE);
    section.getPgSz().setW(BigInteger.valueOf(16838));
    section.getPgSz().setH(BigInteger.valueOf(11906));
  }

  private void heading(String text) {
    XWPFParagraph heading = document.createParagraph();
    heading.setPageBreak(false);
    run(heading, text, true, 14);
    document.createParagraph();
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setFontSize(size);
    run.setText(text);
  }

  private void table(ActionLineRoadmap line) {
    XWPFTable table = document.createTable(1, 7);
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < 7; c++) {
      XWPFTableCell cell = header.getCell(c);
      run(cell.getParagraphs().get(0), String.format(Locale.ROOT, HEADERS[c], line.getActionLine().getCode()), true, 9);
    }
    OutcomeSection current = null;
    for (Outcome outcome : line.getOutcomes()) {
      if (outcome.getSection() != current) {
        current = outcome.getSection();
        XWPFTableRow row = table.createRow();
        XWPFTableCell first = row.getCell(0);
        for (int c = 6; c >= 1; c--) {
          row.removeCell(c);
        }
        first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(7));
        run(first.getParagraphs().get(0), sectionTitle(current), true, 9);
      }
      XWPFTableRow row = table.createRow();
      while (row.getTableCells().size() < 7) {
        row.addNewTableCell();
      }
      List<String> first = new ArrayList<>();
      first.add(outcome.getLabel() + ": " + outcome.getStatement());
      for (SubItem item : outcome.getSubItems()) {
        first.add(item.getLabel() + ". " + item.getText());
      }
      paragraphs(row.getCell(0), first, List.of());
      paragraphs(row.getCell(1), outcome.getTiming().map(t -> List.of(t.getRaw())).orElse(List.of()), List.of());
      paragraphs(row.getCell(2), referenceParagraphs(outcome.getReferences()), List.of());
      List<String> sdg = new ArrayList<>();
      if (outcome.getSdgRaw().isPresent()) {
        sdg.add(outcome.getSdgRaw().get()); // the note is read from the raw cell
      } else {
        if (!outcome.getSdgLinks().isEmpty()) {
          List<String> links = new ArrayList<>();
          for (SdgLink link : outcome.getSdgLinks()) {
            links.add(link.toString());
          }
          sdg.add(String.join(", ", links));
        }
        outcome.getSdgNote().ifPresent(sdg::add);
      }
      paragraphs(row.getCell(3), sdg, List.of());
      paragraphs(row.getCell(4), List.of(), outcome.getEvidence());
      results(row.getCell(5), outcome.getResults());
      outcome.getCovidResponse().ifPresent(covid -> {
        List<String> items = new ArrayList<>(covid.getDocuments());
        items.addAll(covid.getInitiatives());
        paragraphs(row.getCell(6), covid.getText(), items);
      });
    }
  }

  /**
   * Prints references as the paragraphs of their cell so that the importer reads the same references
   * back: a reference reads in the context of the words before it in its paragraph ({@code Res. 70}
   * after {@code Several PP Resolutions ...} is a resolution of the Plenipotentiary Conference), so
   * the longest run of references that some printing of one paragraph reads back exactly goes into
   * one paragraph; each printing is checked with the reader itself.
   */
  static List<String> referenceParagraphs(List<Reference> references) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < references.size()) {
      int end = i + 1;
      String text = references.get(i).getRaw();
      search:
      for (int j = references.size(); j > i; j--) {
        List<Reference> group = references.subList(i, j);
        for (String candidate : printings(group)) {
          if (Reference.readAll(candidate).equals(group)) {
            end = j;
            text = candidate;
            break search;
          }
        }
      }
      out.add(text);
      i = end;
    }
    return out;
  }

  private static List<String> printings(List<Reference> group) {
    List<String> raws = new ArrayList<>();
    for (Reference reference : group) {
      raws.add(reference.getRaw());
    }
    if (raws.size() == 1) {
      return raws;
    }
    String rest = String.join(", ", raws.subList(1, raws.size()));
    return List.of(raws.get(0) + " (" + rest + ")", raws.get(0) + ": " + rest, String.join(", ", raws),
        String.join("; ", raws), String.join(" ", raws));
  }

  private void results(XWPFTableCell cell, Results results) {
    List<String> texts = new ArrayList<>(results.getText());
    paragraphs(cell, texts, List.of());
    section(cell, "Expected Result", results.getExpected());
    section(cell, "ITU Activities", results.getActivities());
    List<String> achieved = new ArrayList<>();
    for (Achievement achievement : results.getAchievements()) {
      achieved.add(achievement.getText());
    }
    section(cell, "Achieved Results", achieved);
    List<String> targets = new ArrayList<>();
    for (ResultTarget target : results.getTargets()) {
      targets.add(target.getText());
    }
    section(cell, "Targets", targets);
  }

  private void section(XWPFTableCell cell, String heading, List<String> items) {
    if (!items.isEmpty()) {
      paragraphs(cell, List.of(heading), items);
    }
  }

  /** Adds plain paragraphs, then bullet paragraphs, to a cell (its first, empty paragraph used first). */
  private void paragraphs(XWPFTableCell cell, List<String> plain, List<String> bulleted) {
    for (String text : plain) {
      run(next(cell), text, false, 9);
    }
    for (String text : bulleted) {
      XWPFParagraph paragraph = next(cell);
      paragraph.setNumID(bullets);
      paragraph.setNumILvl(BigInteger.ZERO);
      run(paragraph, text, false, 9);
    }
  }

  private static XWPFParagraph next(XWPFTableCell cell) {
    List<XWPFParagraph> paragraphs = cell.getParagraphs();
    XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
    if (paragraphs.size() == 1 && last.getRuns().isEmpty() && last.getNumID() == null) {
      return last;
    }
    return cell.addParagraph();
  }
}
