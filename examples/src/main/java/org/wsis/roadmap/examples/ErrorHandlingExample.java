package org.wsis.roadmap.examples;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.wsis.roadmap.IncompleteValueException;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.OutcomeId;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.RoadmapParseException;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.RoadmapReadException;

/**
 * Handling every failure of the library on untrusted input with one {@code catch
 * (RoadmapException e)}, and reading what each subtype tells.
 *
 * <pre>{@code
 * String result = ErrorHandlingExample.attempt(() -> OutcomeId.parse(userInput));
 * }</pre>
 *
 * <p>{@link #main(String[])} runs an id, a JSON document, a missing file and an incomplete builder
 * through it, and an id of a million characters to show that messages stay short.
 */
public final class ErrorHandlingExample {
  private ErrorHandlingExample() {}

  /**
   * Runs an action on untrusted input and returns its result, or what went wrong.
   *
   * @param action the action
   * @return {@code "ok: "} and the result, or {@link #describe(RoadmapException)} of its failure
   */
  public static String attempt(Supplier<?> action) {
    // tag::catch[]
    try {
      return "ok: " + action.get();
    } catch (RoadmapException e) { // every failure of the library on bad input or I/O
      return describe(e);
    }
    // end::catch[]
  }

  /**
   * Says what a failure tells, subtype by subtype.
   *
   * @param e the failure
   * @return its kind, location and message
   */
  public static String describe(RoadmapException e) {
    // tag::subtypes[]
    if (e instanceof RoadmapReadException read) {          // JSON, YAML, JSON Lines, CSV
      return "read error at line " + read.getLine() + ", column " + read.getColumn()
          + ", " + read.getPointer() + ": " + read.getProblem().getMessage();
    } else if (e instanceof RoadmapParseException parse) { // OutcomeId.parse, SdgTarget.parse, ...
      return "parse error at index " + parse.getErrorIndex() + ": " + parse.getMessage();
    } else if (e instanceof RoadmapIoException io) {       // missing file, no permission, full disk
      return "I/O error on " + io.getPath().map(Path::toString).orElse("a stream") + ": " + io.getMessage();
    } else if (e instanceof IncompleteValueException incomplete) { // build() without required values
      return incomplete.getType() + " lacks " + incomplete.getMissing() + ": " + incomplete.getMessage();
    }
    return e.getMessage(); // RoadmapValidationException, WaiverFileException, TableImportException, ...
    // end::subtypes[]
  }

  /**
   * Tries a few kinds of bad input and prints what each failure tells.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(attempt(() -> OutcomeId.parse("C5.GT.B3")));
    System.out.println(attempt(() -> OutcomeId.parse("C5-GT-B3")));
    System.out.println(attempt(() -> RoadmapJson.read("{\"schemaVersion\": \"1.0\", \"id\": 7}")));
    System.out.println(attempt(() -> RoadmapJson.read(Path.of("missing.json"))));
    System.out.println(attempt(() -> Outcome.builder().label("A").statement("...").build()));
    // tag::bounded[]
    String huge = "C5.GT.B3" + "x".repeat(1_000_000);
    String message = attempt(() -> OutcomeId.parse(huge)); // quotes 80 characters and states the length
    // end::bounded[]
    System.out.println(message);
  }
}
