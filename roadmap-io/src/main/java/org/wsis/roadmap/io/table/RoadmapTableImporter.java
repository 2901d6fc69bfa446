package org.wsis.roadmap.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.internal.BoundedInputStream;
import org.wsis.roadmap.io.internal.InputFailure;
import org.wsis.roadmap.io.internal.Utf8Reader;

/**
 * Imports the text export of an ITU WSIS Action Lines Roadmaps document into a {@link Roadmap}.
 *
 * <p>The document holds a title block ({@code WSIS Action Lines Roadmaps}, {@code (Draft as of 11
 * October 2024)}), a table of contents, an introduction, and per action line a heading
 * ({@code Roadmap for WSIS Action Line C5: ...}), optional notes ({@code Note: GCA – Global
 * Cybersecurity Agenda}) and a table of seven tab-separated columns (outcome, timing, references,
 * SDG links, evidence, results, COVID-19 response) divided into the sections
 * {@link org.wsis.roadmap.OutcomeSection}. The importer
 *
 * <ul>
 *   <li>splits each line of a table into its cells, and each cell's markup into paragraphs, once
 *       ({@link org.wsis.roadmap.markup.MarkupTokenizer});
 *   <li>hands each table to the {@link TablePipeline}, which the readers of other formats share, and which
 *       rebuilds every row printed over several pages: the header row repeats at each page; the
 *       first row of a page continues the row before unless its first cell opens with the next
 *       outcome label (a label continuing the sub-items of the row, such as {@code D3} after
 *       {@code D2}, stays in the row);
 *   <li>joins the two parts of a paragraph cut by a page break, keeping every word;
 *   <li>reads timing, references, SDG links and metrics with the core readers, keeping raw text;
 *   <li>reads the mandate citations of the introduction ({@link Roadmap#getMandateReferences()})
 *       and the organisation it names as facilitator ({@link Roadmap#getFacilitator()});
 *   <li>records for every outcome and table the lines it came from.
 * </ul>
 *
 * <p>Whatever it could not place or read, and every repair it made, is listed in the
 * {@link ImportReport} with its line. It drops no text. It knows no outcome text or label of any
 * particular edition: another edition or action line of the same layout imports unchanged.
 * Defects of a printed edition are corrected by {@link Errata} ({@link #withErrata(Errata)}), applied
 * to the printed text before it is read. See {@code docs/importer.md} for the whole pipeline.
 *
 * <pre>{@code
 * ImportResult result = RoadmapTableImporter.create().importFile(Path.of("roadmaps.txt"));
 * Roadmap roadmap = result.getRoadmap();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The work is linear in the size of the input.
 */
public final class RoadmapTableImporter {
  private static final RoadmapTableImporter INSTANCE = new RoadmapTableImporter(ReadLimits.defaults(), null);

  private final ReadLimits limits;
  private final @Nullable Errata errata;

  private RoadmapTableImporter(ReadLimits limits, @Nullable Errata errata) {
    this.limits = limits;
    this.errata = errata;
  }

  /**
   * Returns an importer applying {@link ReadLimits#defaults()}.
   *
   * @return the importer
   */
  public static RoadmapTableImporter create() {
    return INSTANCE;
  }

  /**
   * Returns an importer like this one applying other limits: a document longer than {@link
   * ReadLimits#getMaxDocumentLength()} is refused as it is read, and so is a document whose roadmap the
   * readers would refuse under these limits (canonical JSON longer than the document limit, a text
   * longer than the string limit, more JSON Lines lines than the line limit).
   *
   * @param limits the limits
   * @return the importer
   */
  public RoadmapTableImporter withLimits(ReadLimits limits) {
    return new RoadmapTableImporter(Objects.requireNonNull(limits, "limits"), errata);
  }

  /**
   * Returns an importer like this one that corrects the defects of a printed edition: each erratum is
   * applied to the printed text of its outcome before the text is read, and listed in the report as
   * {@link ImportIssue.Kind#ERRATUM_APPLIED}. The report keeps what the document prints: an issue
   * about a printed value stays listed next to the erratum that corrects it.
   *
   * <pre>{@code
   * ImportResult result = RoadmapTableImporter.create().withErrata(Errata.read(in)).importFile(document);
   * }</pre>
   *
   * @param errata the errata of the edition to import
   * @return the importer
   */
  public RoadmapTableImporter withErrata(Errata errata) {
    return new RoadmapTableImporter(limits, Objects.requireNonNull(errata, "errata"));
  }

  /**
   * Returns the limits this importer applies.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Imports a document read from a file as UTF-8, as a stream: reading stops at the first byte that is
   * not UTF-8, the first control character, or the document limit.
   *
   * @param file the text export
   * @return the roadmap and the import report
   * @throws TableImportException when the file is not UTF-8 text, longer than the limit, or not a
   *     roadmap document of this layout, or when its roadmap would pass a read limit
   * @throws RoadmapException when the file cannot be read, or an erratum does not apply
   */
  public ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String sourceName = name == null ? file.toString() : name.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return importText(read(in), sourceName);
    } catch (IOException e) {
      throw new RoadmapException("roadmap document could not be read: '" + file + "'", e);
    }
  }

  /**
   * Imports a document read from a stream as UTF-8; the stream is read up to its end or the first
   * failure (see {@link #importFile(Path)}), not closed.
   *
   * @param in the text export
   * @param sourceName the name to quote in the report
   * @return the roadmap and the import report
   * @throws TableImportException when the bytes are not UTF-8 text, longer than the limit, or not a
   *     roadmap document of this layout, or when its roadmap would pass a read limit
   * @throws RoadmapException when the stream cannot be read
   */
  public ImportResult importStream(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    try {
      return importText(read(in), sourceName);
    } catch (IOException e) {
      throw new RoadmapException("roadmap document could not be read: '" + sourceName + "'", e);
    }
  }

  /** Reads the lines of a UTF-8 stream as they arrive, within the document limit. */
  private Lines read(InputStream in) throws IOException {
    Lines lines = new Lines();
    Reader reader = new Utf8Reader(new BoundedInputStream(in, limits.getMaxDocumentLength()));
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
        lines.feed(buffer, n);
      }
    } catch (InputFailure e) {
      throw new TableImportException(e.isLimit()
          ? "a roadmap document may be at most " + limits.getMaxDocumentLength() + " bytes long (see ReadLimits), "
              + "but is longer"
          : "a roadmap document must be UTF-8 text, but " + e.getMessage().substring(e.getMessage().indexOf("byte"))
              + " (binary file?)", e.getLine());
    }
    return lines;
  }

  /**
   * Imports a document.
   *
   * @param text the text export
   * @return the roadmap and the import report, whose source is named {@code "text"}
   * @throws TableImportException when the text is empty, binary, truncated or of another layout
   */
  public ImportResult importText(CharSequence text) {
    return importText(text, "text");
  }

  /**
   * Imports a document.
   *
   * @param text the text export
   * @param sourceName the name to quote in the report
   * @return the roadmap and the import report
   * @throws TableImportException when the text is empty, binary, truncated or of another layout
   */
  public ImportResult importText(CharSequence text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    if (text.length() > limits.getMaxDocumentLength()) {
      throw new TableImportException("a roadmap document may be at most " + limits.getMaxDocumentLength()
          + " characters long (see ReadLimits), but has " + text.length(), 1);
    }
    Lines lines = new Lines();
    for (int i = 0; i < text.length(); i += 8192) {
      char[] chunk = text.subSequence(i, Math.min(text.length(), i + 8192)).toString().toCharArray();
      lines.feed(chunk, chunk.length);
    }
    return importText(lines, sourceName);
  }

  private ImportResult importText(Lines text, String sourceName) {
    String[] lines = text.finish();
    IssueLog log = new IssueLog();
    DocumentParser parser = new DocumentParser(lines, log);
    parser.parse();
    List<RoadmapDocument.Paragraph> introduction = new ArrayList<>();
    for (int k = 0; k < parser.introduction.size(); k++) {
      introduction.add(new RoadmapDocument.Paragraph(parser.introductionLines.get(k), parser.introduction.get(k)));
    }
    RoadmapDocument document = new RoadmapDocument(parser.title, parser.status, Optional.ofNullable(parser.asOf),
        introduction, parser.tables, List.of());
    return importDocument(document, sourceName, log);
  }

  /**
   * Imports a document that a reader of another format (a Word document, for instance) has found:
   * reads the introduction's mandate references and facilitator, each table with the {@link
   * TablePipeline} (with this importer's errata), and the glossary of the notes, exactly as for the
   * text export. The document's own issues come first in the report, which is then sorted by line.
   *
   * @param document the title block, introduction and tables
   * @param sourceName the name to quote in the report
   * @return the roadmap and the import report
   * @throws TableImportException when a table has no header of seven columns or no outcome row, or
   *     when the roadmap would pass a read limit
   * @throws RoadmapException when the errata are of another edition, or an erratum does not apply
   */
  public ImportResult importDocument(RoadmapDocument document, String sourceName) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sourceName, "sourceName");
    IssueLog log = new IssueLog();
    document.issues().forEach(log::add);
    return importDocument(document, sourceName, log);
  }

  private ImportResult importDocument(RoadmapDocument document, String sourceName, IssueLog log) {
    String id = slug(document.title(), document.asOf().map(LocalDate::toString).orElse(null));
    List<String> paragraphs = new ArrayList<>();
    List<Integer> paragraphLines = new ArrayList<>();
    for (RoadmapDocument.Paragraph paragraph : document.introduction()) {
      paragraphs.add(paragraph.text());
      paragraphLines.add(paragraph.line());
    }
    Roadmap.Builder roadmap = Roadmap.builder()
        .id(id)
        .title(document.title())
        .status(document.status())
        .introduction(paragraphs)
        .asOf(document.asOf());
    IntroductionReader introduction = new IntroductionReader(log);
    introduction.read(paragraphs, paragraphLines);
    roadmap.mandateReferences(introduction.references());
    if (introduction.facilitator() != null) {
      roadmap.facilitator(introduction.facilitator());
    }
    if (errata != null) {
      errata.requireEdition(id);
    }
    TablePipeline pipeline = errata == null ? TablePipeline.create() : TablePipeline.create().withErrata(errata);
    Set<Erratum> applied = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
    Map<org.wsis.roadmap.ActionLine, Integer> headings = new java.util.EnumMap<>(org.wsis.roadmap.ActionLine.class);
    for (RoadmapTable table : document.tables()) {
      Integer earlier = headings.putIfAbsent(table.actionLine(), table.headingLine());
      if (earlier != null) {
        log.at(null, null);
        log.add(table.headingLine(), ImportIssue.Kind.DUPLICATE_ACTION_LINE, table.title(),
            "a roadmap document has one table per action line, but " + table.actionLine().getCode()
                + " has another table here after the one at line " + earlier
                + " (document concatenated with itself?); both are kept, so the action line and its outcome ids "
                + "appear twice");
      }
      ActionLineRoadmap line = pipeline.read(table, log, applied);
      for (String note : line.getNotes()) {
        GlossaryEntry entry = glossaryEntry(note);
        if (entry != null) {
          glossary.putIfAbsent(entry.getTerm(), entry);
        }
      }
      roadmap.addActionLine(line);
    }
    if (errata != null) {
      errata.requireAllApplied(applied);
    }
    roadmap.glossary(glossary.values());
    Roadmap result = roadmap.build();
    ImportSize.check(result, limits);
    return ImportResult.builder()
        .roadmap(result)
        .report(ImportReport.builder().source(sourceName).issues(log.issues()).build())
        .build();
  }

  /**
   * Splits text into lines at LF, CRLF or CR as it arrives; rejects text that is empty or holds control
   * characters at the first one.
   */
  private final class Lines {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean words;
    private boolean first = true;
    private boolean afterCr;

    void feed(char[] chunk, int length) {
      for (int i = 0; i < length; i++) {
        char c = chunk[i];
        if (afterCr) {
          afterCr = false;
          if (c == '\n') {
            continue;
          }
        }
        boolean atStart = first;
        first = false;
        if (c == '\n' || c == '\r') {
          if (lines.size() + 1 >= limits.getMaxTextLines()) {
            throw new TableImportException("a roadmap document may have at most " + limits.getMaxTextLines()
                + " lines (see ReadLimits), but has more", lines.size() + 2);
          }
          lines.add(line.length() == 0 ? "" : line.toString());
          line.setLength(0);
          afterCr = c == '\r';
          continue;
        }
        if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7f || c == '\ufffd' || c == '\ufeff' && !atStart) {
          throw new TableImportException(
              "a roadmap document must be text, but holds the control character U+"
                  + String.format(Locale.ROOT, "%04X", (int) c) + " (binary file?)",
              lines.size() + 1);
        }
        if (c != '\ufeff') {
          line.append(c);
        }
        words |= !CellMarkup.isSpace(c) && c != '\ufeff';
      }
    }

    String[] finish() {
      lines.add(line.toString());
      if (!words) {
        throw new TableImportException("a roadmap document must not be empty, but has no text", 1);
      }
      return lines.toArray(new String[0]);
    }
  }

  /** Reads a note {@code TERM – meaning} (en dash, em dash or hyphen between spaces) as a glossary entry. */
  static GlossaryEntry glossaryEntry(String note) {
    for (String separator : new String[] {" \u2013 ", " \u2014 ", " - "}) {
      int at = note.indexOf(separator);
      if (at > 0) {
        String term = note.substring(0, at).strip();
        String meaning = note.substring(at + separator.length()).strip();
        if (term.length() <= 15 && term.indexOf(' ') < 0 && !meaning.isEmpty() && hasUpper(term)) {
          return GlossaryEntry.builder().term(term).meaning(meaning).build();
        }
        return null;
      }
    }
    return null;
  }

  private static boolean hasUpper(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the id of an edition: the words of the title before its list of action line codes
   * ("WSIS Action Lines Roadmaps" of "WSIS Action Lines Roadmaps C2, C4, C5, C6"), lower case,
   * joined by hyphens, then the edition date: {@code wsis-action-lines-roadmaps-2024-10-11}.
   */
  static String slug(String title, String date) {
    String series = title;
    int cut = series.indexOf(',');
    String head = cut < 0 ? series : series.substring(0, cut);
    // drop a trailing list of action line codes such as "C2" from the series name
    String[] words = head.split(" ");
    StringBuilder out = new StringBuilder();
    int keep = words.length;
    while (keep > 1 && words[keep - 1].matches("C\\d{1,2}")) {
      keep--;
    }
    for (int k = 0; k < keep; k++) {
      StringBuilder word = new StringBuilder();
      for (char c : words[k].toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          word.append(Character.toLowerCase(c));
        }
      }
      if (word.length() > 0) {
        if (out.length() > 0) {
          out.append('-');
        }
        out.append(word);
      }
    }
    if (date != null) {
      out.append('-').append(date);
    }
    return out.toString();
  }
}
