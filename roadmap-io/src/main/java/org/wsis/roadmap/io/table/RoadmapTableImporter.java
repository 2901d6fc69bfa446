package org.wsis.roadmap.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.GlossaryEntry;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.SourceRange;

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
 *   <li>rebuilds every row printed over several pages: the header row repeats at each page; the
 *       first row of a page continues the row before unless its first cell opens with the next
 *       outcome label (a label continuing the sub-items of the row, such as {@code D3} after
 *       {@code D2}, stays in the row);
 *   <li>splits each cell's HTML fragments and bullets into ordered items, keeping every word, and
 *       joins the two parts of a paragraph cut by a page break;
 *   <li>reads timing, references, SDG links and metrics with the core readers, keeping raw text;
 *   <li>reads the mandate citations of the introduction ({@link Roadmap#getMandateReferences()})
 *       and the organisation it names as facilitator ({@link Roadmap#getFacilitator()});
 *   <li>records for every outcome and table the lines it came from.
 * </ul>
 *
 * <p>Whatever it could not place or read, and every repair it made, is listed in the
 * {@link ImportReport} with its line. It drops no text. It knows no outcome text or label of any
 * particular edition: another edition or action line of the same layout imports unchanged.
 * Defects of a printed edition are corrected afterwards by {@link Errata}.
 *
 * <pre>{@code
 * ImportResult result = RoadmapTableImporter.create().importFile(Path.of("roadmaps.txt"));
 * Roadmap roadmap = result.getRoadmap();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The work is linear in the size of the input.
 */
public final class RoadmapTableImporter {
  private static final RoadmapTableImporter INSTANCE = new RoadmapTableImporter();

  private RoadmapTableImporter() {}

  /**
   * Returns an importer.
   *
   * @return the importer
   */
  public static RoadmapTableImporter create() {
    return INSTANCE;
  }

  /**
   * Imports a document read from a file as UTF-8.
   *
   * @param file the text export
   * @return the roadmap and the import report
   * @throws TableImportException when the file is not UTF-8 text or not a roadmap document of this layout
   * @throws RoadmapException when the file cannot be read
   */
  public ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RoadmapException("roadmap document could not be read: '" + file + "'", e);
    }
    Path name = file.getFileName();
    return importText(decode(bytes), name == null ? file.toString() : name.toString());
  }

  /**
   * Imports a document read from a stream as UTF-8; the stream is read to its end, not closed.
   *
   * @param in the text export
   * @param sourceName the name to quote in the report
   * @return the roadmap and the import report
   * @throws TableImportException when the bytes are not UTF-8 text or not a roadmap document of this layout
   * @throws RoadmapException when the stream cannot be read
   */
  public ImportResult importStream(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    try {
      return importText(decode(in.readAllBytes()), sourceName);
    } catch (IOException e) {
      throw new RoadmapException("roadmap document could not be read: '" + sourceName + "'", e);
    }
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
    String[] lines = lines(text);
    IssueLog log = new IssueLog();
    DocumentParser document = new DocumentParser(lines, log);
    document.parse();
    Roadmap.Builder roadmap = Roadmap.builder()
        .id(slug(document.title, document.asOf == null ? null : document.asOf.toString()))
        .title(document.title)
        .status(document.status)
        .introduction(document.introduction);
    IntroductionReader introduction = new IntroductionReader(log);
    introduction.read(document.introduction, document.introductionLines);
    roadmap.mandateReferences(introduction.references());
    if (introduction.facilitator() != null) {
      roadmap.facilitator(introduction.facilitator());
    }
    if (document.asOf != null) {
      roadmap.asOf(document.asOf);
    }
    Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
    for (ParsedTable table : document.tables) {
      OutcomeReader reader = new OutcomeReader(log, table.header);
      ActionLineRoadmap.Builder line = ActionLineRoadmap.builder()
          .actionLine(table.actionLine)
          .title(table.title)
          .source(SourceRange.of(table.headingLine, table.lastLine));
      for (String note : table.notes) {
        String text2 = stripNotePrefix(note);
        line.addNote(text2);
        GlossaryEntry entry = glossaryEntry(text2);
        if (entry != null) {
          glossary.putIfAbsent(entry.getTerm(), entry);
        }
      }
      for (ParsedRow row : table.rows) {
        line.addOutcome(reader.read(table.actionLine, row));
      }
      roadmap.addActionLine(line.build());
    }
    roadmap.glossary(glossary.values());
    return ImportResult.builder()
        .roadmap(roadmap.build())
        .report(ImportReport.builder().source(sourceName).issues(log.issues()).build())
        .build();
  }

  /** Splits into lines at LF, CRLF or CR; rejects text that is empty or holds control characters. */
  private static String[] lines(CharSequence text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean words = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(line.toString());
        line.setLength(0);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        continue;
      }
      if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7f || c == '\ufffd' || c == '\ufeff' && i > 0) {
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
    lines.add(line.toString());
    if (!words) {
      throw new TableImportException("a roadmap document must not be empty, but has no text", 1);
    }
    return lines.toArray(new String[0]);
  }

  /** Decodes UTF-8, reporting the line of the first malformed byte. */
  private static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new TableImportException(
          "a roadmap document must be UTF-8 text, but byte " + (in.position() + 1) + " is not UTF-8 (binary file?)", line);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static String stripNotePrefix(String note) {
    String lower = note.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"notes:", "note:"}) {
      if (lower.startsWith(prefix)) {
        return note.substring(prefix.length()).strip();
      }
    }
    return note;
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
