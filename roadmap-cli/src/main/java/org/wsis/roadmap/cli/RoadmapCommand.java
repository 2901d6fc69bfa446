package org.wsis.roadmap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wsis.roadmap.RoadmapException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code roadmap} command: with no subcommand it prints the summary of the bundled 2024 roadmaps
 * and writes the HTML report; its subcommands validate, convert, import, compare, query and report.
 *
 * <pre>{@code
 * $ java -jar roadmap.jar                       # summary and roadmap-report.html
 * $ java -jar roadmap.jar validate draft.json --fail-on ERROR
 * int exit = RoadmapCommand.execute(out, err, "query", "--sdg", "9");
 * }</pre>
 *
 * <p>Exit codes are those of {@link ExitCode}. A bad input prints one line naming the file, the
 * location and the problem to standard error; {@code --verbose} adds the stack trace. Every file is
 * written atomically (see {@code AtomicFiles}), and control characters in the values a message
 * quotes are escaped.
 */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Reads, checks, converts, compares and reports on WSIS Action Lines Roadmaps.",
        "Without a subcommand: prints the summary of the bundled 2024 roadmaps (action lines, outcome counts,"
            + " SDG coverage, validation) and writes the HTML report roadmap-report.html.",
        "A subcommand given no FILE works on the bundled 2024 roadmaps."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:validation findings at or above --fail-on",
        "2:usage error (unknown option, missing or malformed value)",
        "3:unreadable or invalid input (the file, the location and the problem are printed)",
        "4:internal error, out of memory included (run with --verbose and report it)",
        "5:an output could not be written (standard output failed, a file not writable); an existing file is"
            + " left as it was"})
public final class RoadmapCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace as well as the one-line message.")
  private boolean verbose;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the HTML report of the summary (default: ${DEFAULT-VALUE}).")
  private Path report = Path.of(SummaryCommand.DEFAULT_REPORT);

  /**
   * The subcommands by name, in the order of the usage help. They are added when the command line is
   * built (see {@link #commandLine(PrintWriter, PrintWriter, FileSystem, String...)}), not listed in the
   * annotation, so that a run of one subcommand builds the model of that one alone: picocli reads every
   * listed subcommand by reflection.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /**
   * Memory held for the report of a failure: released when one is caught, so that an out-of-memory error
   * is reported in one line even when what filled the heap is still referenced.
   */
  @SuppressWarnings("unused")
  private static volatile byte[] reserve = new byte[64 * 1024];

  /** The subcommands that validate the roadmap they read; so does the command without a subcommand. */
  private static final Set<String> VALIDATING = Set.of("validate", "summary", "report");

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> subcommands = new LinkedHashMap<>();
    subcommands.put("summary", SummaryCommand.class);
    subcommands.put("validate", ValidateCommand.class);
    subcommands.put("convert", ConvertCommand.class);
    subcommands.put("import", ImportCommand.class);
    subcommands.put("diff", DiffCommand.class);
    subcommands.put("query", QueryCommand.class);
    subcommands.put("coverage", CoverageCommand.class);
    subcommands.put("stats", StatsCommand.class);
    subcommands.put("report", ReportCommand.class);
    subcommands.put("rules", RulesCommand.class);
    subcommands.put("schema", SchemaCommand.class);
    subcommands.put("export", ExportCommand.class);
    subcommands.put("formats", FormatsCommand.class);
    subcommands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(subcommands);
  }

  /** Where binary formats (a workbook, a Word document) go on standard output; see {@link StandardOutput}. */
  private StandardOutput standardOutput = StandardOutput.TEXT_ONLY;

  /** Creates the command; picocli fills its options. */
  public RoadmapCommand() {}

  @Override
  public Integer call() {
    ValidatorStart.inBackground(); // while the roadmap is read
    return SummaryCommand.summarize(spec.commandLine().getOut(), Dataset.edition2024(), report);
  }

  /**
   * Runs the command as a program and exits the JVM with its exit code.
   *
   * <p>Standard output is written through an unbuffered file stream, not {@code System.out}, whose
   * errors would be swallowed: a full disk, a closed stream or a broken pipe fails the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI (the optional xlsx and docx formats) logs through the Log4j API, which without a logging
    // provider prints a complaint to standard output, where it would corrupt a workbook written there: its
    // simple logger, switched off, unless the user chose otherwise. (RDF4J's SLF4J finds slf4j-nop in lib/optional/.)
    if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j2.provider") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int exit = execute(out, err, new StandardOutput(stdout, StandardOutput.isTerminal()), args);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /**
   * Runs the command in this JVM with the given output streams.
   *
   * <p>A failed write to {@code out} (checked with {@link PrintWriter#checkError()}) gives {@link
   * ExitCode#CANNOT_WRITE}, whatever the command returned; any unexpected failure, an {@code
   * OutOfMemoryError} included, gives {@link ExitCode#INTERNAL_ERROR} with one line on {@code err}.
   *
   * @param out where results go
   * @param err where messages about failures go
   * @param args the arguments
   * @return the exit code, one of {@link ExitCode}
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(out, err, StandardOutput.TEXT_ONLY, args);
  }

  /**
   * Runs the command in this JVM with the given output streams and the byte stream behind {@code out}.
   *
   * @param out where results go
   * @param err where messages about failures go
   * @param standardOutput the byte stream behind {@code out}, and whether it is a terminal
   * @param args the arguments
   * @return the exit code, one of {@link ExitCode}
   */
  static int execute(PrintWriter out, PrintWriter err, StandardOutput standardOutput, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return version(out, err);
    }
    CommandLine commandLine;
    try {
      if (args.length == 0 || VALIDATING.contains(args[0])) {
        ValidatorStart.inBackground(); // while picocli builds the command line, and the roadmap is read
      }
      commandLine = commandLine(out, err, FileSystems.getDefault(), standardOutput, args);
    } catch (Throwable e) { // even building the command line can run out of memory
      reserve = null;
      return internalError(err, e, verbose(args));
    }
    return execute(commandLine, args);
  }

  /**
   * Runs a command line built by {@link #commandLine}, turning every failure into an exit code.
   *
   * @param commandLine the command line
   * @param args the arguments
   * @return the exit code
   */
  static int execute(CommandLine commandLine, String... args) {
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    int exit;
    try {
      exit = commandLine.execute(args);
    } catch (Throwable e) { // an Error escapes picocli's handler: report it in one line too
      reserve = null;
      exit = internalError(err, e, verbose(args));
    }
    if (out.checkError() && exit != ExitCode.CANNOT_WRITE) {
      err.println("roadmap: " + Outputs.STANDARD_OUTPUT_FAILED);
      exit = ExitCode.CANNOT_WRITE;
    }
    err.flush();
    return exit;
  }

  /**
   * Builds the picocli command line with this command's output streams and error handling.
   *
   * @param out where results go
   * @param err where messages about failures go
   * @return the command line, ready to {@code execute}
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, FileSystems.getDefault());
  }

  /**
   * Builds the command line with its file names read in a given file system (tests use an in-memory one).
   *
   * @param out where results go
   * @param err where messages about failures go
   * @param fileSystem the file system of every file argument
   * @return the command line
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, FileSystem fileSystem) {
    return commandLine(out, err, fileSystem, StandardOutput.TEXT_ONLY);
  }

  /**
   * Builds the command line, with every subcommand, and a standard output that binary formats can be
   * written to.
   *
   * @param out where results go
   * @param err where messages about failures go
   * @param fileSystem the file system of every file argument
   * @param standardOutput the byte stream behind {@code out}, and whether it is a terminal
   * @return the command line
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, FileSystem fileSystem, StandardOutput standardOutput) {
    return commandLine(out, err, fileSystem, standardOutput, new String[0]);
  }

  /**
   * Builds the command line for one run: when the first argument names a subcommand other than {@code
   * help}, with that subcommand alone (what it parses and prints is the same, since a subcommand never
   * sees its siblings); otherwise with every subcommand, for the usage help, {@code help} and the
   * suggestions for a mistyped name.
   *
   * @param out where results go
   * @param err where messages about failures go
   * @param fileSystem the file system of every file argument
   * @param standardOutput the byte stream behind {@code out}, and whether it is a terminal
   * @param args the arguments of the run
   * @return the command line
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, FileSystem fileSystem,
      StandardOutput standardOutput, String... args) {
    RoadmapCommand root = new RoadmapCommand();
    root.standardOutput = standardOutput;
    CommandLine commandLine = new CommandLine(root);
    Class<?> only = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
    if (only != null) {
      commandLine.addSubcommand(args[0], only);
    } else {
      for (Map.Entry<String, Class<?>> subcommand : SUBCOMMANDS.entrySet()) { // a loop, not a lambda: see PathConverter
        commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue());
      }
    }
    // after the subcommands: these settings reach the subcommands present when they are made
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(Path.class, new PathConverter(fileSystem));
    commandLine.setParameterExceptionHandler(PARAMETER_EXCEPTION_HANDLER);
    commandLine.setExecutionExceptionHandler(EXECUTION_EXCEPTION_HANDLER);
    return commandLine;
  }

  /**
   * Prints the version as picocli's {@code --version} does, without building the command line.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#CANNOT_WRITE} when standard output failed
   */
  private static int version(PrintWriter out, PrintWriter err) {
    try {
      for (String line : new Versions().getVersion()) {
        out.println(line);
      }
      out.flush();
    } catch (Throwable e) { // as any other command: one line, never a stack trace
      return internalError(err, e, false);
    }
    if (out.checkError()) {
      err.println("roadmap: " + Outputs.STANDARD_OUTPUT_FAILED);
      err.flush();
      return ExitCode.CANNOT_WRITE;
    }
    return ExitCode.OK;
  }

  // Classes, not lambdas, for picocli's interfaces (here and below): picocli is compiled for Java 5, and a
  // class-data-sharing archive leaves out such an interface, and all that implement it, once a lambda has
  // linked it at dump time.

  /** Reads file names in one file system. */
  private static final class PathConverter implements ITypeConverter<Path> {
    private final FileSystem fileSystem;

    PathConverter(FileSystem fileSystem) {
      this.fileSystem = fileSystem;
    }

    @Override
    public Path convert(String value) {
      return fileSystem.getPath(value);
    }
  }

  private static final IParameterExceptionHandler PARAMETER_EXCEPTION_HANDLER = new IParameterExceptionHandler() {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      err.println("roadmap: " + Outputs.safe(e.getMessage()));
      if (verbose(args)) {
        e.printStackTrace(err);
      }
      err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for the usage.");
      err.flush();
      return ExitCode.USAGE;
    }
  };

  private static final IExecutionExceptionHandler EXECUTION_EXCEPTION_HANDLER = new IExecutionExceptionHandler() {
    @Override
    public int handleExecutionException(Exception e, CommandLine failed, ParseResult parseResult) {
      PrintWriter err = failed.getErr();
      Throwable failure = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
      int exit;
      if (failure instanceof CannotWriteException) {
        err.println("roadmap: " + Outputs.safe(failure.getMessage()));
        exit = ExitCode.CANNOT_WRITE;
      } else if (failure instanceof RoadmapException || failure instanceof UncheckedIOException) {
        err.println("roadmap: " + Outputs.safe(failure.getMessage()));
        exit = ExitCode.BAD_INPUT;
      } else if (failure instanceof UsageException) {
        err.println("roadmap: " + Outputs.safe(failure.getMessage()));
        exit = ExitCode.USAGE;
      } else {
        return internalError(err, failure, verbose(parseResult));
      }
      if (verbose(parseResult)) {
        failure.printStackTrace(err);
      }
      err.flush();
      return exit;
    }
  };

  /**
   * Reports a failure that is not the user's: one line, the stack trace only when asked.
   *
   * @param err where the message goes
   * @param failure the failure
   * @param verbose whether to print the stack trace
   * @return {@link ExitCode#INTERNAL_ERROR}
   */
  static int internalError(PrintWriter err, Throwable failure, boolean verbose) {
    String what = failure instanceof OutOfMemoryError
        ? "out of memory (" + failure + "); the input may be too large for the memory given to Java (-Xmx)"
        : failure.toString();
    err.println("roadmap: internal error: " + Outputs.safe(what) + (verbose ? "" : "; run with --verbose for the details"));
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  /** Whether the arguments ask for stack traces; allocates nothing, as it runs when memory has run out. */
  private static boolean verbose(String[] args) {
    for (String arg : args) {
      if ("--verbose".equals(arg)) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where binary formats go on standard output for a command of this command line.
   *
   * @param spec the spec of any command of the command line
   * @return the standard output of the run
   */
  static StandardOutput standardOutput(CommandSpec spec) {
    return spec.root().userObject() instanceof RoadmapCommand root ? root.standardOutput : StandardOutput.TEXT_ONLY;
  }
}
