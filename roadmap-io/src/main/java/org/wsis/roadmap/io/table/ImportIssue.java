package org.wsis.roadmap.io.table;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an {@link ImportReport}: a fragment of the document that the importer could not
 * place or read, a structural repair it made (such as joining a paragraph split by a page break),
 * or an erratum applied to the printed text.
 *
 * <pre>{@code
 * ImportIssue issue = ImportIssue.builder()
 *     .line(263)
 *     .kind(ImportIssue.Kind.UNREAD_REFERENCE)
 *     .outcome("C5.GT.A1")
 *     .column("ITU Strategic Goals and Relevant Resolutions")
 *     .text("ITU-D priorities (Kigali Action Plan)")
 *     .message("no citation could be read from this text; kept as a text reference")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportIssue {
  /** Orders issues by line, then kind. */
  static final java.util.Comparator<ImportIssue> ORDER =
      java.util.Comparator.comparingInt(ImportIssue::getLine).thenComparing(ImportIssue::getKind);

  ImportIssue() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportIssue} instances; obtain one with {@link ImportIssue#builder()}. */
  public static final class Builder extends ImmutableImportIssue.Builder {
    Builder() {}
  }

  /** What happened to a fragment. */
  public enum Kind {
    /** Text outside every table, title, introduction and note that the importer could not place. */
    UNPLACED_TEXT,
    /** A table line that is not a row of seven cells. */
    MALFORMED_ROW,
    /** A label that does not follow the previous label of its sequence. */
    LABEL_SEQUENCE,
    /** Statement text that follows the sub-items of an outcome; kept with the last sub-item. */
    TEXT_AFTER_SUB_ITEMS,
    /** Markup the splitter does not know; the tag was dropped, its text kept. */
    UNKNOWN_MARKUP,
    /** Two parts of one paragraph that a page break had split were joined into one item. */
    JOINED_ACROSS_PAGE_BREAK,
    /** Timing text that could not be read; kept as an entry of kind UNREAD. */
    UNREAD_TIMING,
    /** Reference text that could not be read as a citation; kept as a text reference. */
    UNREAD_REFERENCE,
    /** SDG cell text that is neither a goal, a target nor prose; kept in the raw cell. */
    UNREAD_SDG,
    /** COVID-19 cell text that is no document symbol or initiative; kept as text. */
    UNREAD_COVID,
    /** A metric read from the text of an achievement or target; listed so that a reader can check it. */
    METRIC_READ,
    /** An erratum replaced a printed value; the printed value is quoted. */
    ERRATUM_APPLIED,
    /**
     * A mandate citation or the facilitator read from the prose of the introduction; listed so that a
     * reader can check it.
     */
    INTRODUCTION_READ,
    /**
     * A second table for an action line that already has one, as in a document concatenated with
     * itself; both tables are kept, so the roadmap has the action line twice.
     */
    DUPLICATE_ACTION_LINE
  }

  /**
   * Returns the line of the source document, counted from 1.
   *
   * @return the line
   */
  public abstract int getLine();

  /**
   * Returns what happened.
   *
   * @return the kind
   */
  public abstract Kind getKind();

  /**
   * Returns the outcome the fragment belongs to.
   *
   * @return such as {@code "C5.GT.A1"}, or empty outside outcomes
   */
  public abstract Optional<String> getOutcome();

  /**
   * Returns where the fragment is in a document that has no lines, such as a Word document.
   *
   * @return the table, row and cell; empty for a text export, whose line says where it is
   */
  public abstract Optional<TableLocation> getLocation();

  /**
   * Returns the table column of the fragment.
   *
   * @return the column name, or empty outside tables
   */
  public abstract Optional<String> getColumn();

  /**
   * Returns the fragment as printed, white space normalised.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * Returns what the importer did and why.
   *
   * @return the message
   */
  public abstract String getMessage();

  /**
   * Returns the issue as one line of the text report.
   *
   * @return such as {@code "line 263  UNREAD_REFERENCE  C5.GT.A1  [ITU Strategic ...]  '...': message"}, with the
   *     table location after the line where there is one: {@code "line 12 (table 1, row 4, cell 3)  ..."}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("line ").append(getLine());
    getLocation().ifPresent(at -> out.append(" (").append(at).append(')'));
    out.append("  ").append(getKind());
    getOutcome().ifPresent(o -> out.append("  ").append(o));
    getColumn().ifPresent(c -> out.append("  [").append(c).append(']'));
    out.append("  '").append(getText()).append("': ").append(getMessage());
    return out.toString();
  }
}
