package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * Opens the workbook and the Word document of the bundled 2024 roadmaps in LibreOffice ({@code
 * soffice --headless}, with a profile of its own so that runs can go side by side), converts them,
 * and checks what LibreOffice made of them. Skipped, with a message, where {@code soffice} is not on
 * the {@code PATH}.
 */
final class LibreOfficeConversionIT {
  private static final long TIMEOUT_SECONDS = 180;

  /**
   * CSV export of every sheet (token 12, {@code -1}) in UTF-8 (76), text cells quoted (token 7) and
   * formulas written as formulas (token 10), so that a number, a date or a formula shows unquoted.
   */
  private static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,true,false,-1";

  private static Roadmap roadmap;

  @TempDir static Path dir;

  @BeforeAll
  static void setUp() {
    roadmap = WsisRoadmaps.edition2024();
  }

  @Test
  void workbook_convertedToCsv_everyCellIsQuotedTextAndIdsStayAsWritten() throws Exception {
    Path xlsx = dir.resolve("roadmap.xlsx");
    RoadmapWorkbook.write(roadmap, xlsx);
    Path out = Files.createDirectories(dir.resolve("csv"));
    soffice(CSV_ALL_SHEETS, out, xlsx);

    Map<String, List<List<Field>>> sheets = new TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        sheets.put(name.substring("roadmap-".length(), name.length() - ".csv".length()),
            csv(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(sheets).containsKeys("read-me", "roadmap", "outcomes", "sdgLinks", "references", "timing.entries");
    for (Map.Entry<String, List<List<Field>>> sheet : sheets.entrySet()) {
      for (int r = 0; r < sheet.getValue().size(); r++) {
        for (Field field : sheet.getValue().get(r)) {
          assertThat(field.quoted() || field.text().isEmpty())
              .as("sheet %s row %d: a cell LibreOffice reads as a number, a date or a formula: %s", sheet.getKey(), r + 1, field.text())
              .isTrue();
        }
      }
    }
    List<String> ids = column(sheets.get("outcomes"), "id");
    List<String> expectedIds = new ArrayList<>();
    List<String> statements = column(sheets.get("outcomes"), "statement");
    List<String> expectedStatements = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (ActionLineRoadmap table : roadmap.getActionLines()) {
      for (Outcome outcome : table.getOutcomes()) {
        expectedIds.add(outcome.getId().toString());
        expectedStatements.add(outcome.getStatement());
        for (SdgLink link : outcome.getSdgLinks()) {
          if (link.getKind() == SdgLink.Kind.TARGET) {
            targets.add(link.getCode());
          }
        }
      }
    }
    assertThat(ids).containsExactlyElementsOf(expectedIds).contains("C5.GT.B3");
    assertThat(statements).containsExactlyElementsOf(expectedStatements);
    List<String> linked = column(sheets.get("sdgLinks"), "target").stream().filter(t -> !t.isEmpty()).toList();
    assertThat(linked).containsExactlyElementsOf(targets).contains("9.1", "9.c", "17.8");
    assertThat(column(sheets.get("sdgLinks"), "position")).contains("1", "2");
  }

  @Test
  void workbook_savedAgainByLibreOffice_readsBackEqual() throws Exception {
    Path xlsx = dir.resolve("source").resolve("roadmap.xlsx");
    Files.createDirectories(xlsx.getParent());
    RoadmapWorkbook.write(roadmap, xlsx);
    Path out = Files.createDirectories(dir.resolve("resaved"));
    soffice("xlsx:Calc MS Excel 2007 XML", out, xlsx);

    ReadResult back = RoadmapWorkbook.readLenient(out.resolve("roadmap.xlsx"));
    assertThat(back.getProblems()).isEmpty();
    assertThat(RoadmapJson.toString(back.getRoadmap())).isEqualTo(RoadmapJson.toString(roadmap));
  }

  @Test
  void wordDocument_convertedToHtml_hasTheTablesAndEveryStatement() throws Exception {
    assumeTrue(writerInstalled(), "LibreOffice Writer (libswlo) is not installed next to soffice: the Word conversion check is skipped");
    Path docx = dir.resolve("roadmap.docx");
    RoadmapWordDocument.publish(roadmap, docx);
    Path out = Files.createDirectories(dir.resolve("html"));
    soffice("html:HTML (StarWriter)", out, docx);

    String html = Files.readString(out.resolve("roadmap.html"), StandardCharsets.UTF_8);
    int tables = count(Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE), html);
    assertThat(tables).as("tables").isGreaterThanOrEqualTo(roadmap.getActionLines().size());
    String text = text(html);
    assertThat(text).contains(normalize(roadmap.getTitle()));
    for (ActionLineRoadmap table : roadmap.getActionLines()) {
      assertThat(text).contains("WSIS Action Line " + table.getActionLine().getCode());
      for (Outcome outcome : table.getOutcomes()) {
        assertThat(text).as("statement of %s", outcome.getId()).contains(normalize(outcome.getStatement()));
      }
    }
  }

  // ---------------------------------------------------------------- LibreOffice

  private static void soffice(String filter, Path out, Path input) throws IOException, InterruptedException {
    assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not on the PATH: the conversion checks are skipped");
    Path profile = Files.createTempDirectory(dir, "profile");
    Path log = dir.resolve("soffice-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--nolockcheck", "--convert-to", filter, "--outdir", out.toString(), input.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("soffice took more than " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(process.exitValue()).as(Files.readString(log)).isZero();
      assertThat(files.count()).as("files converted: " + Files.readString(log)).isPositive();
    }
  }

  private static boolean onPath(String command) {
    return which(command) != null;
  }

  private static @org.jspecify.annotations.Nullable Path which(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, command))) {
        return Path.of(entry, command);
      }
    }
    return null;
  }

  /** Whether LibreOffice's Writer (which opens .docx) is installed: a Calc-only install opens no Word file. */
  private static boolean writerInstalled() throws IOException {
    Path soffice = which("soffice");
    assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: the conversion checks are skipped");
    Path program = soffice.toRealPath().getParent();
    return Files.exists(program.resolve("libswlo.so")) || Files.exists(program.resolve("swlo.dll"))
        || Files.exists(program.resolve("libswlo.dylib")) || Files.exists(program.getParent().resolve("Frameworks").resolve("libswlo.dylib"));
  }

  // ---------------------------------------------------------------- CSV and HTML

  /** A CSV field and whether it was quoted. */
  private record Field(String text, boolean quoted) {}

  /** Reads RFC 4180 CSV, keeping for each field whether it was quoted. */
  static List<List<Field>> csv(String text) {
    List<List<Field>> rows = new ArrayList<>();
    List<Field> row = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      StringBuilder field = new StringBuilder();
      boolean quoted = text.charAt(i) == '"';
      if (quoted) {
        i++;
        while (i < n) {
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < n && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      }
      while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        field.append(text.charAt(i++));
      }
      row.add(new Field(field.toString(), quoted));
      if (i < n && text.charAt(i) == ',') {
        i++;
        if (i == n) {
          row.add(new Field("", false));
        }
        continue;
      }
      if (i < n && text.charAt(i) == '\r') {
        i++;
      }
      if (i < n && text.charAt(i) == '\n') {
        i++;
      }
      rows.add(row);
      row = new ArrayList<>();
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private static List<String> column(List<List<Field>> sheet, String header) {
    int c = sheet.get(0).stream().map(Field::text).toList().indexOf(header);
    assertThat(c).as("column %s", header).isNotNegative();
    List<String> values = new ArrayList<>();
    for (List<Field> row : sheet.subList(1, sheet.size())) {
      values.add(c < row.size() ? row.get(c).text() : "");
    }
    return values;
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** The text of an HTML page: tags dropped, entities decoded, white space collapsed. */
  private static String text(String html) {
    String body = html.replaceAll("(?is)<head>.*?</head>", " ").replaceAll("<[^>]*>", " ");
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);").matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entity = m.group(1);
      String decoded = switch (entity) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> entity.startsWith("#x") ? Character.toString(Integer.parseInt(entity.substring(2), 16))
            : entity.startsWith("#") ? Character.toString(Integer.parseInt(entity.substring(1))) : m.group();
      };
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return normalize(out.toString());
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
