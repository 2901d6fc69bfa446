package org.wsis.roadmap.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.wsis.roadmap.io.ReadLimits;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson factories of the readers and writers, configured once with the {@link ReadLimits}. */
public final class Factories {
  private static final JsonFactory JSON = configure(new com.fasterxml.jackson.core.JsonFactoryBuilder(), ReadLimits.MAX_DOCUMENT_LENGTH).build();
  private static final YAMLFactory YAML = yamlFactory();
  private static final CsvFactory CSV = configure(CsvFactory.builder(), ReadLimits.MAX_DOCUMENT_LENGTH).build();

  private Factories() {}

  /**
   * Returns the shared JSON factory: limits applied, caller's streams left open.
   *
   * @return the factory
   */
  public static JsonFactory json() {
    return JSON;
  }

  /**
   * Returns the shared YAML factory: limits applied, no type tags, no document start marker.
   *
   * @return the factory
   */
  public static YAMLFactory yaml() {
    return YAML;
  }

  /**
   * Returns the shared CSV factory: limits applied.
   *
   * @return the factory
   */
  public static CsvFactory csv() {
    return CSV;
  }

  /**
   * Returns the stream read constraints of every reader.
   *
   * @param maxDocumentLength the document size limit
   * @return the constraints
   */
  public static StreamReadConstraints constraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
        .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
        .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
        .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  private static <F extends JsonFactory, B extends com.fasterxml.jackson.core.TSFBuilder<F, B>> B configure(
      B builder, long maxDocumentLength) {
    return builder
        .streamReadConstraints(constraints(maxDocumentLength))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(ReadLimits.MAX_YAML_ALIASES);
    loader.setAllowRecursiveKeys(false);
    loader.setNestingDepthLimit(ReadLimits.MAX_NESTING_DEPTH);
    loader.setCodePointLimit(ReadLimits.MAX_YAML_CODE_POINTS);
    loader.setProcessComments(false);
    DumperOptions dumper = new DumperOptions();
    dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
    dumper.setSplitLines(false);
    dumper.setWidth(Integer.MAX_VALUE);
    return configure(YAMLFactory.builder(), ReadLimits.MAX_DOCUMENT_LENGTH)
        .loaderOptions(loader)
        .dumperOptions(dumper)
        .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
        .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
        .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .build();
  }

  /**
   * Returns a new pretty printer of the canonical JSON: two spaces, {@code "\n"} line ends,
   * {@code "name": value}, one array item per line, empty containers as {@code []} and {@code {}}.
   *
   * @return the printer; printers are stateful, so use one per generator
   */
  public static PrettyPrinter prettyPrinter() {
    return new CanonicalPrettyPrinter();
  }

  /** The pretty printer of the canonical JSON. */
  static final class CanonicalPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    CanonicalPrettyPrinter() {
      super(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""));
      _objectIndenter = INDENTER;
      _arrayIndenter = INDENTER;
    }

    CanonicalPrettyPrinter(CanonicalPrettyPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new CanonicalPrettyPrinter(this);
    }
  }
}
