package org.wsis.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapTableImporter;
import org.wsis.roadmap.io.table.TableImportException;

/**
 * Reads every input of the hostile-input corpus (see its README) with the reader of its folder and
 * checks what the README says it must do. Runs in its own JVM with {@code -Xmx512m}, so an input
 * that makes a reader allocate without bound fails here with an {@link OutOfMemoryError}.
 */
final class HostileCorpusTest {
  private static final String CORPUS = "/org/wsis/roadmap/io/corpus/";
  private static final Pattern ROW = Pattern.compile("^\\| (\\S+) \\| (REJECT|SAME_AS_BASE|ISSUES|ACCEPT|UNDETECTED_TRUNCATION) \\| (.+) \\|$");
  private static final Pattern LOCATION = Pattern.compile("line \\d+|column \\d+|at /");

  private static final class Row {
    final String file;
    final HostileCorpus.Expect expect;
    final String what;

    Row(String file, HostileCorpus.Expect expect, String what) {
      this.file = file;
      this.expect = expect;
      this.what = what;
    }
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : new String(bytes(HostileCorpus.README), StandardCharsets.UTF_8).split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(new Row(m.group(1), HostileCorpus.Expect.valueOf(m.group(2)), m.group(3)));
      }
    }
    return rows;
  }

  private static byte[] bytes(String file) {
    try (InputStream in = HostileCorpusTest.class.getResourceAsStream(CORPUS + file)) {
      if (in == null) {
        throw new IllegalStateException("corpus file missing: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void corpus_listsAtLeast200InputsAcrossEveryFormat() {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
    assertThat(rows.stream().map(r -> r.file.substring(0, r.file.indexOf('/'))).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("json", "yaml", "jsonl", "csv", "text");
    assertThat(rows).allSatisfy(r -> assertThat(r.what).isNotBlank());
  }

  @Test
  void corpus_filesAreExactlyTheOnesTheReadmeLists() throws IOException, URISyntaxException {
    Path dir = Paths.get(HostileCorpusTest.class.getResource(CORPUS + HostileCorpus.README).toURI()).getParent();
    Set<String> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(f -> !f.equals(HostileCorpus.README))
          .collect(Collectors.toSet());
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(rows().stream().map(r -> r.file).collect(Collectors.toList()));
  }

  @Test
  void corpus_matchesItsGenerator() {
    List<HostileCorpus.Entry> generated = HostileCorpus.build();
    assertThat(generated.stream().map(e -> e.file + " " + e.expect).collect(Collectors.toList()))
        .containsExactlyElementsOf(rows().stream().map(r -> r.file + " " + r.expect).collect(Collectors.toList()));
    assertThat(generated).allSatisfy(e -> assertThat(bytes(e.file)).as("committed bytes of %s", e.file).isEqualTo(e.bytes));
  }

  @TestFactory
  Stream<DynamicTest> corpus_everyInput_isRejectedWithALocationOrReadWithoutLoss() {
    return rows().stream().map(row -> DynamicTest.dynamicTest(row.file + " (" + row.what + ")", () -> check(row)));
  }

  private static void check(Row row) {
    String format = row.file.substring(0, row.file.indexOf('/'));
    byte[] input = bytes(row.file);
    Object result;
    try {
      result = read(format, input, row.file);
    } catch (RoadmapException e) {
      if (row.expect != HostileCorpus.Expect.REJECT) {
        throw new AssertionError(row.file + " must be read, but was rejected: " + e.getMessage(), e);
      }
      assertThat(e.getMessage()).as("message of %s", row.file).containsPattern(LOCATION);
      assertThat(e).as("exception of %s", row.file)
          .isInstanceOfAny(RoadmapReadException.class, TableImportException.class);
      return;
    } catch (OutOfMemoryError e) {
      throw new AssertionError(row.file + " exhausted the heap", e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(row.file + " must end in a RoadmapException, but threw " + e, e);
    }
    switch (row.expect) {
      case REJECT:
        if (result instanceof ImportResult) {
          fail("%s must be rejected, but was imported with issues %s", row.file,
              abbreviate(((ImportResult) result).getReport().getIssues().toString()));
        }
        fail("%s must be rejected, but was read as: %s", row.file, abbreviate(String.valueOf(result)));
        break;
      case SAME_AS_BASE:
        assertThat(comparable(result)).as("%s read like its base", row.file).isEqualTo(comparable(base(format)));
        break;
      case ISSUES:
        assertThat(((ImportResult) result).getReport().getIssues()).as("import issues of %s", row.file)
            .isNotEmpty()
            .allSatisfy(issue -> assertThat(issue.getLine()).isPositive());
        break;
      case ACCEPT:
        assertThat(comparable(result)).as("%s after a write and a read", row.file)
            .isEqualTo(comparable(roundTrip(format, result)));
        break;
      case UNDETECTED_TRUNCATION:
        assertThat(comparable(result)).as("%s reads as less than its base", row.file)
            .isNotEqualTo(comparable(base(format)));
        break;
      default:
        throw new IllegalStateException(row.expect.toString());
    }
  }

  private static Object roundTrip(String format, Object result) {
    switch (format) {
      case "json":
        return RoadmapJson.read(RoadmapJson.toString((org.wsis.roadmap.Roadmap) result));
      case "yaml":
        return RoadmapYaml.read(RoadmapYaml.toString((org.wsis.roadmap.Roadmap) result));
      case "jsonl":
        return RoadmapJsonLines.read(RoadmapJsonLines.toString((org.wsis.roadmap.Roadmap) result));
      default:
        return result;
    }
  }

  private static Object base(String format) {
    if (format.equals("text")) {
      try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
        return read(format, in.readAllBytes(), "base");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String ext = format.equals("jsonl") ? "jsonl" : format;
    return read(format, bytes(format + "/base." + ext), "base");
  }

  private static Object read(String format, byte[] input, String name) {
    InputStream in = new ByteArrayInputStream(input);
    switch (format) {
      case "json":
        return RoadmapJson.read(in);
      case "yaml":
        return RoadmapYaml.read(in);
      case "jsonl":
        return RoadmapJsonLines.read(in);
      case "csv":
        return RoadmapCsv.readOutcomes(in);
      case "text":
        return textOutcome(RoadmapTableImporter.create().importStream(in, name));
      default:
        throw new IllegalArgumentException(format);
    }
  }

  /** What an import gives, less the source name its report quotes. */
  private static Object textOutcome(ImportResult result) {
    return result;
  }

  private static Object comparable(Object result) {
    return result instanceof ImportResult
        ? List.of(((ImportResult) result).getRoadmap(), List.copyOf(((ImportResult) result).getReport().getIssues()))
        : result;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
