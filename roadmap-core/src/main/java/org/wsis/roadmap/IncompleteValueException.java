package org.wsis.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thrown by {@code build()} of a builder when required values are missing; the message names them in
 * the model's words.
 *
 * <pre>{@code
 * try {
 *   Outcome.builder().label("A").statement("...").build();
 * } catch (IncompleteValueException e) {
 *   e.getMessage();  // an outcome needs id and section, but they are not set
 *   e.getType();     // "Outcome"
 *   e.getMissing();  // [id, section]
 * }
 * }</pre>
 *
 * <p>The value types' generated builders throw it (it is their {@code throwForInvalidImmutableState}).
 */
public class IncompleteValueException extends RoadmapException {
  private static final long serialVersionUID = 1L;

  private static final String GENERATED_START = "Cannot build ";
  private static final String GENERATED_MIDDLE = ", some of required attributes are not set [";

  private final String type;
  private final List<String> missing;

  /**
   * Creates the exception from the message of a generated builder, {@code "Cannot build Outcome, some of
   * required attributes are not set [id, section]"}, rewording it; any other message is kept as it is.
   *
   * @param generatedMessage the generated builder's message
   */
  public IncompleteValueException(String generatedMessage) {
    this(typeOf(generatedMessage), missingOf(generatedMessage), generatedMessage);
  }

  /**
   * Creates the exception for a type and the properties it lacks.
   *
   * @param type the simple name of the value type, such as {@code "Outcome"}
   * @param missing the names of the missing properties, such as {@code [id, section]}
   */
  public IncompleteValueException(String type, List<String> missing) {
    this(type, missing, null);
  }

  private IncompleteValueException(String type, List<String> missing, String fallback) {
    super(type.isEmpty() || missing.isEmpty() ? String.valueOf(fallback) : describe(type, missing));
    this.type = type;
    this.missing = List.copyOf(missing);
  }

  private static String typeOf(String message) {
    if (message == null || !message.startsWith(GENERATED_START)) {
      return "";
    }
    int end = message.indexOf(GENERATED_MIDDLE);
    return end < 0 ? "" : message.substring(GENERATED_START.length(), end);
  }

  private static List<String> missingOf(String message) {
    if (typeOf(message).isEmpty() || !message.endsWith("]")) {
      return List.of();
    }
    String names = message.substring(message.indexOf(GENERATED_MIDDLE) + GENERATED_MIDDLE.length(),
        message.length() - 1);
    return names.isBlank() ? List.of() : Arrays.stream(names.split(",")).map(String::strip).toList();
  }

  /** "an outcome needs id and section, but they are not set". */
  private static String describe(String type, List<String> missing) {
    String words = words(type);
    String article = "aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ";
    List<String> names = new ArrayList<>(missing);
    String list = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return article + words + " needs " + list + ", but " + (names.size() == 1 ? "it is" : "they are") + " not set";
  }

  /** "ActionLineRoadmap" to "action line roadmap", "SdgCell" to "SDG cell". */
  private static String words(String type) {
    StringBuilder out = new StringBuilder();
    for (String part : type.split("(?<=[a-z])(?=[A-Z])")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(part.equals("Sdg") ? "SDG" : part.toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * Returns the value type that could not be built.
   *
   * @return its simple name, such as {@code "Outcome"}; empty when unknown
   */
  public String getType() {
    return type;
  }

  /**
   * Returns the required properties that were not set.
   *
   * @return their names, such as {@code [id, section]}
   */
  public List<String> getMissing() {
    return missing;
  }
}
