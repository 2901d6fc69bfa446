package org.wsis.roadmap.io.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.CovidResponse;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.internal.BoundedInputStream;
import org.wsis.roadmap.io.internal.Factories;
import org.wsis.roadmap.io.internal.InputFailure;

/**
 * The errata of one roadmap edition, read from a JSON file, applied to an {@link ImportResult}.
 *
 * <p>The file is an object with the edition id and a list of errata:
 * <pre>{@code
 * {"roadmap": "wsis-action-lines-roadmaps-2024-10-11",
 *  "errata": [{"outcome": "C6.GT.I", "field": "label", "printed": "I", "corrected": "l",
 *              "line": 479, "reason": "..."}]}
 * }</pre>
 *
 * <p>Applying an erratum whose printed value is not found in the imported roadmap fails: an
 * erratum never silently stops applying when the document or the importer changes. Each applied
 * erratum is added to the report as {@link ImportIssue.Kind#ERRATUM_APPLIED}, quoting the printed
 * value.
 *
 * <pre>{@code
 * Errata errata = Errata.read(in);
 * ImportResult corrected = RoadmapTableImporter.create().withErrata(errata).importText(text);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Errata {
  private final String roadmap;
  private final List<Erratum> errata;

  private Errata(String roadmap, List<Erratum> errata) {
    this.roadmap = roadmap;
    this.errata = List.copyOf(errata);
  }

  /**
   * Returns errata for an edition.
   *
   * @param roadmap the id of the edition
   * @param errata the errata in the order to apply them
   * @return the errata
   */
  public static Errata of(String roadmap, List<Erratum> errata) {
    return new Errata(Objects.requireNonNull(roadmap, "roadmap"), errata);
  }

  /**
   * Reads an errata file within {@link ReadLimits#defaults()}.
   *
   * @param in the JSON file; read to its end or the first failure, not closed
   * @return the errata
   * @throws RoadmapException when the file is not an errata file, naming the erratum at fault, or passes
   *     a read limit, naming the line
   */
  public static Errata read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads an errata file within some limits: the file is read as a stream and refused as soon as it
   * passes {@link ReadLimits#getMaxDocumentLength()} or another limit.
   *
   * @param in the JSON file; read to its end or the first failure, not closed
   * @param limits the limits
   * @return the errata
   * @throws RoadmapException when the file is not an errata file, naming the erratum at fault, or passes
   *     a read limit, naming the line
   */
  public static Errata read(InputStream in, ReadLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    JsonNode root;
    try {
      root = new ObjectMapper(Factories.json(limits)).readTree(new BoundedInputStream(in, limits.getMaxDocumentLength()));
    } catch (JsonProcessingException e) {
      InputFailure failure = e.getCause() instanceof InputFailure ? (InputFailure) e.getCause() : null;
      if (failure != null) {
        throw new RoadmapException("errata file line " + failure.getLine() + ": " + failure.getMessage(), e);
      }
      throw new RoadmapException("errata file must be JSON, but line " + e.getLocation().getLineNr() + " was not: "
          + e.getOriginalMessage());
    } catch (InputFailure e) {
      throw new RoadmapException("errata file line " + e.getLine() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new RoadmapException("errata file could not be read", e);
    }
    if (root == null || !root.isObject() || !root.path("roadmap").isTextual() || !root.path("errata").isArray()) {
      throw new RoadmapException("errata file must be an object with 'roadmap' (text) and 'errata' (array)");
    }
    List<Erratum> errata = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.get("errata")) {
      try {
        Erratum.Builder erratum = Erratum.builder()
            .outcome(OutcomeId.parse(text(node, "outcome")))
            .field(Erratum.Field.parse(text(node, "field")))
            .printed(text(node, "printed"))
            .corrected(text(node, "corrected"))
            .reason(text(node, "reason"));
        if (node.has("line")) {
          if (!node.get("line").canConvertToInt()) {
            throw new RoadmapException("'line' must be a line number");
          }
          erratum.line(node.get("line").intValue());
        }
        errata.add(erratum.build());
      } catch (RoadmapException e) {
        throw new RoadmapException("erratum " + index + " (/errata/" + index + ") is invalid: " + e.getMessage(), e);
      }
      index++;
    }
    return new Errata(root.get("roadmap").textValue(), errata);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new RoadmapException("'" + name + "' must be a non-blank text");
    }
    return value.textValue();
  }

  /**
   * Returns the id of the edition the errata correct.
   *
   * @return such as {@code "wsis-action-lines-roadmaps-2024-10-11"}
   */
  public String getRoadmap() {
    return roadmap;
  }

  /**
   * Returns the errata in file order.
   *
   * @return the errata
   */
  public List<Erratum> getErrata() {
    return errata;
  }

  /**
   * Applies every erratum to a roadmap already imported: corrects the typed values, reading a
   * corrected COVID-19 item again. {@link RoadmapTableImporter#withErrata(Errata)} applies the errata
   * to the printed text before it is read instead, so that each cell is read once; both give the same
   * roadmap and report.
   *
   * @param imported the result of an import of the edition
   * @return the corrected roadmap, and the report with one {@link ImportIssue.Kind#ERRATUM_APPLIED} entry per erratum
   * @throws RoadmapException when the roadmap is another edition, or an erratum's outcome or printed value is not found
   */
  public ImportResult apply(ImportResult imported) {
    Roadmap roadmap = imported.getRoadmap();
    requireEdition(roadmap.getId());
    ImportReport.Builder report = ImportReport.builder().from(imported.getReport());
    for (Erratum erratum : errata) {
      roadmap = apply(roadmap, erratum);
      int line = erratum.getLine().orElseGet(() -> imported.getRoadmap().findOutcome(erratum.getOutcome())
          .flatMap(Outcome::getSource).map(s -> s.getFromLine()).orElse(1));
      report.addIssue(applied(erratum, line, Optional.empty()));
    }
    return ImportResult.builder().roadmap(roadmap).report(report.build()).build();
  }

  /** Returns the report entry of an applied erratum. */
  static ImportIssue applied(Erratum erratum, int line, Optional<TableLocation> location) {
    return ImportIssue.builder()
        .line(line)
        .location(location)
        .kind(ImportIssue.Kind.ERRATUM_APPLIED)
        .outcome(erratum.getOutcome().toString())
        .column(erratum.getField().getCode())
        .text(erratum.getPrinted())
        .message("corrected to '" + erratum.getCorrected() + "': " + erratum.getReason())
        .build();
  }

  /** Checks that the errata are those of an edition. */
  void requireEdition(String roadmapId) {
    if (!roadmapId.equals(this.roadmap)) {
      throw new RoadmapException("errata of '" + this.roadmap + "' must be applied to that edition, but the roadmap is: '"
          + roadmapId + "'");
    }
  }

  /** Fails for the first erratum that is not among the applied ones. */
  void requireAllApplied(java.util.Collection<Erratum> applied) {
    for (Erratum erratum : errata) {
      if (!applied.contains(erratum)) {
        throw new RoadmapException("erratum must name an outcome of the roadmap, but no outcome has the id: '"
            + erratum.getOutcome() + "'");
      }
    }
  }

  private static Roadmap apply(Roadmap roadmap, Erratum erratum) {
    List<ActionLineRoadmap> lines = new ArrayList<>();
    boolean found = false;
    for (ActionLineRoadmap line : roadmap.getActionLines()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (Outcome outcome : line.getOutcomes()) {
        if (!found && outcome.getId().equals(erratum.getOutcome())) {
          outcomes.add(correct(outcome, erratum));
          found = true;
        } else {
          outcomes.add(outcome);
        }
      }
      lines.add(ActionLineRoadmap.builder().from(line).outcomes(outcomes).build());
    }
    if (!found) {
      throw new RoadmapException("erratum must name an outcome of the roadmap, but no outcome has the id: '"
          + erratum.getOutcome() + "'");
    }
    return Roadmap.builder().from(roadmap).actionLines(lines).build();
  }

  private static Outcome correct(Outcome outcome, Erratum erratum) {
    String printed = erratum.getPrinted();
    String corrected = erratum.getCorrected();
    return switch (erratum.getField()) {
      case LABEL -> {
        require(outcome.getLabel().equals(printed), erratum, outcome.getLabel());
        yield Outcome.builder().from(outcome).label(corrected)
            .id(OutcomeId.of(outcome.getId().getActionLine(), outcome.getSection(), corrected)).build();
      }
      case STATEMENT -> {
        require(outcome.getStatement().contains(printed), erratum, outcome.getStatement());
        yield Outcome.builder().from(outcome).statement(outcome.getStatement().replace(printed, corrected)).build();
      }
      case COVID_RESPONSE -> {
        Optional<CovidResponse> response = outcome.getCovidResponse();
        require(response.isPresent() && response.get().getText().contains(printed), erratum,
            response.map(CovidResponse::getText).map(Object::toString).orElse("no COVID-19 response"));
        CovidResponse reread = CovidCellReader.read(List.of(corrected)).response().orElseThrow();
        List<String> text = new ArrayList<>(response.get().getText());
        text.remove(printed);
        CovidResponse merged = CovidResponse.builder()
            .from(response.get())
            .addAllDocuments(reread.getDocuments())
            .addAllInitiatives(reread.getInitiatives())
            .text(text)
            .addAllText(reread.getText())
            .build();
        yield Outcome.builder().from(outcome).covidResponse(merged).build();
      }
    };
  }

  static void require(boolean holds, Erratum erratum, String actual) {
    if (!holds) {
      throw new RoadmapException("erratum of " + erratum.getOutcome() + " (" + erratum.getField().getCode()
          + ") must find the printed value '" + erratum.getPrinted() + "', but found: '" + actual + "'");
    }
  }
}
