package org.wsis.roadmap.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.SdgGoal;
import org.wsis.roadmap.SdgLink;
import org.wsis.roadmap.SdgTarget;
import org.wsis.roadmap.query.MatrixCoverage;
import org.wsis.roadmap.query.SdgCoverage;

/**
 * The SDG coverage of a roadmap as CSV, written by jackson-dataformat-csv.
 *
 * <pre>{@code
 * String csv = CoverageCsv.toCsv(SdgCoverage.of(roadmap));
 * String matrix = CoverageCsv.toCsv(MatrixCoverage.of(roadmap));
 * }</pre>
 *
 * <p>The CSV is RFC 4180 with one exception shared by every CSV the library writes: records end
 * with {@code \n}, not {@code \r\n}. The first record is a header; a field is quoted, with {@code "}
 * doubled, only when it holds a comma, a quote or a line end. No field starts with {@code =},
 * {@code +}, {@code -} or {@code @}: the fields are codes, counts and outcome ids, so a spreadsheet
 * never reads one as a formula. The same coverage gives the same bytes.
 *
 * <p>The class has no state; it is thread-safe.
 */
public final class CoverageCsv {
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private CoverageCsv() {}

  /**
   * Renders the coverage matrix: a header {@code actionLine,outcomes,linked,linkedShare,sdg1,...,sdg17},
   * then one record per action line with the number of outcomes, of linked outcomes, the linked
   * share (two decimals, such as {@code 0.86}), and for each goal the ids of the outcomes in its
   * cell, separated by spaces.
   *
   * <pre>
   * actionLine,outcomes,linked,linkedShare,sdg1,sdg2,...
   * C4,7,6,0.86,C4.GT.A,,...
   * </pre>
   *
   * @param coverage the coverage
   * @return the CSV text
   * @throws NullPointerException when {@code coverage} is null
   */
  public static String toCsv(SdgCoverage coverage) {
    StringWriter out = new StringWriter();
    write(coverage, out);
    return out.toString();
  }

  /**
   * Writes the coverage matrix as {@link #toCsv(SdgCoverage)} renders it.
   *
   * @param coverage the coverage
   * @param out where the CSV goes; not closed
   * @throws RoadmapIoException when writing to {@code out} fails
   * @throws NullPointerException when an argument is null
   */
  public static void write(SdgCoverage coverage, Writer out) {
    Objects.requireNonNull(coverage, "coverage");
    List<List<String>> records = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("actionLine", "outcomes", "linked", "linkedShare"));
    for (SdgGoal goal : SdgGoal.values()) {
      header.add("sdg" + goal.getNumber());
    }
    records.add(header);
    for (SdgCoverage.Row row : coverage.getRows()) {
      List<String> record = new ArrayList<>(List.of(row.getActionLine().getCode(), Integer.toString(row.getOutcomeCount()),
          Integer.toString(row.getLinkedCount()), String.format(Locale.ROOT, "%.2f", row.getLinkedShare())));
      for (SdgGoal goal : SdgGoal.values()) {
        record.add(row.getCell(goal).stream().map(o -> o.getId().toString()).collect(Collectors.joining(" ")));
      }
      records.add(record);
    }
    write(records, out);
  }

  /**
   * Renders the coverage against the WSIS-SDG Matrix: a header {@code actionLine,link,status,outcomes},
   * then per action line one record per matrix goal and matrix target with status {@code addressed}
   * or {@code not addressed}, and one per link outside the matrix with status {@code outside} and
   * the ids of its outcomes separated by spaces.
   *
   * <pre>
   * actionLine,link,status,outcomes
   * C4,9,outside,C4.GT.A C4.GT.F
   * C5,8.1,not addressed,
   * </pre>
   *
   * @param coverage the coverage
   * @return the CSV text
   * @throws NullPointerException when {@code coverage} is null
   */
  public static String toCsv(MatrixCoverage coverage) {
    StringWriter out = new StringWriter();
    write(coverage, out);
    return out.toString();
  }

  /**
   * Writes the coverage against the WSIS-SDG Matrix as {@link #toCsv(MatrixCoverage)} renders it.
   *
   * @param coverage the coverage
   * @param out where the CSV goes; not closed
   * @throws RoadmapIoException when writing to {@code out} fails
   * @throws NullPointerException when an argument is null
   */
  public static void write(MatrixCoverage coverage, Writer out) {
    Objects.requireNonNull(coverage, "coverage");
    List<List<String>> records = new ArrayList<>();
    records.add(List.of("actionLine", "link", "status", "outcomes"));
    for (MatrixCoverage.Line line : coverage.getLines()) {
      String code = line.getActionLine().getCode();
      for (SdgGoal goal : line.getMatrixGoals()) {
        records.add(List.of(code, Integer.toString(goal.getNumber()), status(line.getAddressedGoals().contains(goal)), ""));
      }
      for (SdgTarget target : line.getMatrixTargets()) {
        records.add(List.of(code, target.toString(), status(line.getAddressedTargets().contains(target)), ""));
      }
      for (Map.Entry<SdgLink, List<OutcomeId>> outside : line.getOutsideLinks().entrySet()) {
        records.add(List.of(code, outside.getKey().getCode(), "outside",
            outside.getValue().stream().map(OutcomeId::toString).collect(Collectors.joining(" "))));
      }
    }
    write(records, out);
  }

  private static String status(boolean addressed) {
    return addressed ? "addressed" : "not addressed";
  }

  private static void write(List<List<String>> records, Writer out) {
    Objects.requireNonNull(out, "out");
    try (CsvGenerator generator = (CsvGenerator) CSV.createGenerator(out)) {
      generator.setSchema(SCHEMA);
      for (List<String> record : records) {
        generator.writeStartArray();
        for (String field : record) {
          generator.writeString(field);
        }
        generator.writeEndArray();
      }
    } catch (IOException e) {
      throw new RoadmapIoException("cannot write the coverage as CSV: " + e.getMessage(), null, e);
    }
  }
}
