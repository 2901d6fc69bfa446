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

/**
 * The Jackson factories of the readers and writers: the shared ones are configured once with {@link
 * ReadLimits#defaults()}; others are built for other limits.
 */
public final class Factories {
  private static final JsonFactory JSON = jsonFactory(ReadLimits.defaults());
  private static final YAMLFactory YAML = yamlFactory(ReadLimits.defaults());
  private static final CsvFactory CSV = csvFactory(ReadLimits.defaults());

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
   * Returns a JSON factory applying some limits: the shared one for the defaults.
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory json(ReadLimits limits) {
    return ReadLimits.defaults().equals(limits) ? JSON : jsonFactory(limits);
  }

  /**
   * Returns a YAML factory applying some limits: the shared one for the defaults.
   *
   * @param limits the limits
   * @return the factory
   */
  public static YAMLFactory yaml(ReadLimits limits) {
    return ReadLimits.defaults().equals(limits) ? YAML : yamlFactory(limits);
  }

  /**
   * Returns a CSV factory applying some limits: the shared one for the defaults.
   *
   * @param limits the limits
   * @return the factory
   */
  public static CsvFactory csv(ReadLimits limits) {
    return ReadLimits.defaults().equals(limits) ? CSV : csvFactory(limits);
  }

  private static JsonFactory jsonFactory(ReadLimits limits) {
    return configure(new com.fasterxml.jackson.core.JsonFactoryBuilder(), limits).build();
  }

  private static CsvFactory csvFactory(ReadLimits limits) {
    return configure(CsvFactory.builder(), limits).build();
  }

  /**
   * Returns the stream read constraints of some limits.
   *
   * @param limits the limits
   * @return the constraints
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNameLength(limits.getMaxNameLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxDocumentLength(limits.getMaxDocumentLength())
        .build();
  }

  private static <F extends JsonFactory, B extends com.fasterxml.jackson.core.TSFBuilder<F, B>> B configure(
      B builder, ReadLimits limits) {
    return builder
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  private static YAMLFactory yamlFactory(ReadLimits limits) {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowRecursiveKeys(false);
    loader.setNestingDepthLimit(limits.getMaxNestingDepth());
    loader.setCodePointLimit(limits.getMaxYamlCodePoints());
    loader.setProcessComments(false);
    DumperOptions dumper = new DumperOptions();
    dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
    dumper.setSplitLines(false);
    dumper.setWidth(Integer.MAX_VALUE);
    return configure(YAMLFactory.builder(), limits)
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
