package org.wsis.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of one or more documents by symbol: {@code Council Documents C15/18, C16/18}.
 *
 * <pre>{@code
 * DocumentRef ref = DocumentRef.builder()
 *     .raw("Council Documents C15/18, C16/18")
 *     .issuer("Council")
 *     .addSymbols("C15/18", "C16/18")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("document")
@JsonSerialize(as = ImmutableDocumentRef.class)
@JsonDeserialize(as = ImmutableDocumentRef.class)
@JsonPropertyOrder({"kind", "raw", "issuer", "symbols"})
public non-sealed interface DocumentRef extends Reference {

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DocumentRef} instances; obtain one with {@link DocumentRef#builder()}. */
  final class Builder extends ImmutableDocumentRef.Builder {
    Builder() {}
  }

  @JsonIgnore
  @Override
  default Reference.Kind getKind() {
    return Reference.Kind.DOCUMENT;
  }

  /**
   * Returns who issued the documents, when the citation says.
   *
   * @return such as {@code "Council"}, or empty
   */
  Optional<@Pattern(regexp = ".*\\S.*", message = "{org.wsis.roadmap.constraints.optionalText}") String> getIssuer();

  /**
   * Returns the document symbols, in citation order.
   *
   * @return such as {@code ["C15/18", "C16/18"]}
   */
  List<@NotBlank(message = "{org.wsis.roadmap.constraints.text}") String> getSymbols();
}
