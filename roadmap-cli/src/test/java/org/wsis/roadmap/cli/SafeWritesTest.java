package org.wsis.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsis.roadmap.io.RoadmapJson;
import org.wsis.roadmap.io.WsisRoadmaps;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every file the command writes is written whole or not at all, and every failed write fails the command. */
final class SafeWritesTest {
  private static final String OLD = "the file that was there\n";

  @TempDir
  Path dir;

  private FileSystem memory;
  private Path work;

  @BeforeEach
  void fullFileSystemHoldingTheInputs() throws IOException {
    memory = Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setBlockSize(1024)
        .setMaxSize(4L << 20)
        .build());
    work = memory.getPath("/work");
    Files.createDirectories(work);
    Fixtures.write(work, "fixture.json", Fixtures.withError());
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      Files.copy(in, work.resolve("roadmaps-2024.txt"));
    }
    Files.writeString(work.resolve("victim.json"), OLD);
    Files.writeString(work.resolve("victim.html"), OLD);
    Files.writeString(work.resolve("victim.txt"), OLD);
    long free = Files.getFileStore(work).getUnallocatedSpace();
    Files.write(work.resolve("filler"), new byte[(int) free]); // a full disk: not one block left
  }

  @AfterEach
  void close() throws IOException {
    memory.close();
  }

  static Stream<List<String>> fileWriters() {
    return Stream.of(
        List.of("convert", "/work/fixture.json", "/work/victim.json"),
        List.of("convert", "/work/fixture.json", "/work/victim.txt", "--to", "yaml"),
        List.of("export", "-o", "/work/victim.json"),
        List.of("export", "--format", "csv", "-o", "/work/victim.txt"),
        List.of("import", "/work/roadmaps-2024.txt", "-o", "/work/victim.json"),
        List.of("import", "/work/roadmaps-2024.txt", "-o", "/work/out.json", "--report", "/work/victim.txt"),
        List.of("report", "/work/fixture.json", "-o", "/work/victim.html"),
        List.of("summary", "/work/fixture.json", "-o", "/work/victim.html"),
        List.of("-o", "/work/victim.html"),
        List.of("validate", "/work/fixture.json", "--format", "sarif", "-o", "/work/victim.json"),
        List.of("schema", "-o", "/work/victim.json"));
  }

  @ParameterizedTest
  @MethodSource("fileWriters")
  void fileWrite_fullDisk_exitsFiveWithOneLineAndLeavesTheOldFileAndNoTemporaryFile(List<String> args)
      throws IOException {
    List<String> before = listing();

    Cli.Result result = Cli.run(memory, args.toArray(String[]::new));

    assertThat(result.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    String[] lines = result.err().lines().filter(l -> !l.startsWith("roadmap: note:")).toArray(String[]::new);
    assertThat(lines).hasSize(1);
    assertThat(lines[0]).startsWith("roadmap: /work/").contains("cannot be written", "the file there is unchanged");
    for (String victim : List.of("victim.json", "victim.html", "victim.txt")) {
      assertThat(Files.readString(work.resolve(victim))).isEqualTo(OLD);
    }
    assertThat(listing()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("fileWriters")
  void fileWrite_room_replacesTheOldFileAndLeavesNoTemporaryFile(List<String> args) throws IOException {
    Files.delete(work.resolve("filler"));
    List<String> before = listing();

    Cli.Result result = Cli.run(memory, args.toArray(String[]::new));

    assertThat(result.exit()).as(result.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    List<String> after = listing();
    after.remove("out.json");
    assertThat(after).isEqualTo(before);
    String written = args.get(args.size() - 1).startsWith("/work/victim") ? args.get(args.size() - 1)
        : args.get(args.indexOf("--to") - 1);
    assertThat(Files.readString(memory.getPath(written))).isNotEqualTo(OLD).isNotEmpty();
  }

  static Stream<List<String>> standardOutputWriters() {
    return Stream.of(
        List.of("export", "--format", "json"),
        List.of("export", "--format", "yaml"),
        List.of("convert", "FIXTURE", "-"),
        List.of("import", "DOCUMENT"),
        List.of("validate", "FIXTURE", "--fail-on", "NONE"),
        List.of("validate", "--format", "sarif", "FIXTURE"),
        List.of("stats"),
        List.of("query", "--sdg", "9"),
        List.of("diff", "FIXTURE", "FIXTURE"),
        List.of("coverage", "--matrix"),
        List.of("rules"),
        List.of("schema"),
        List.of("summary", "--no-report"));
  }

  @ParameterizedTest
  @MethodSource("standardOutputWriters")
  void standardOutput_failsAfterSomeBytes_exitsFiveWithOneLine(List<String> args) throws IOException {
    Path fixture = Fixtures.write(dir, "fixture.json", Fixtures.withError());
    Path document = dir.resolve("roadmaps-2024.txt");
    try (InputStream in = WsisRoadmaps.class.getResourceAsStream(WsisRoadmaps.EDITION_2024_SOURCE_RESOURCE)) {
      Files.copy(in, document);
    }
    String[] real = args.stream()
        .map(a -> a.equals("FIXTURE") ? fixture.toString() : a.equals("DOCUMENT") ? document.toString() : a)
        .toArray(String[]::new);

    Cli.Result result = Cli.runWithFailingOutput(64, real);

    assertThat(result.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(result.err().lines()).containsExactly(
        "roadmap: " + Outputs.STANDARD_OUTPUT_FAILED);
    assertThat(result.out()).hasSize(64);
  }

  @Test
  void standardOutput_withRoom_exitsAsBefore() {
    Cli.Result result = Cli.runWithFailingOutput(Integer.MAX_VALUE, "export", "--format", "json");

    assertThat(result.exit()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void devFull_asOutputFile_exitsFive() {
    assumeThat(Path.of("/dev/full")).exists();

    Cli.Result result = Cli.run("export", "--format", "json", "-o", "/dev/full");

    assertThat(result.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(result.err()).isEqualTo("roadmap: /dev/full: cannot be written: no space left on device;"
        + " the output is incomplete\n");
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }

  @Test
  void fileWrite_parentIsAFile_exitsFiveAndWritesNothing() throws IOException {
    Path blocker = Fixtures.writeText(dir, "blocker", OLD);

    Cli.Result result = Cli.run("export", "-o", blocker.resolve("x.json").toString());

    assertThat(result.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(result.err()).startsWith("roadmap: " + blocker.resolve("x.json") + ": cannot be written: ")
        .endsWith("no file was written\n");
    assertThat(Files.readString(blocker)).isEqualTo(OLD);
  }

  @Test
  void fileWrite_throughSymbolicLink_replacesTheTargetAndKeepsTheLink() throws IOException {
    Path target = Fixtures.writeText(dir, "target.json", OLD);
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links").isTrue();
      return;
    }

    Cli.Result result = Cli.run("export", "-o", link.toString());

    assertThat(result.exit()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(RoadmapJson.read(target)).isEqualTo(WsisRoadmaps.edition2024());
  }

  @Test
  void atomicFiles_contentFailsMidway_keepsTheOldFileAndRemovesTheTemporaryFile() throws IOException {
    Path victim = Fixtures.writeText(dir, "victim.json", OLD);

    assertThatThrownBy(() -> AtomicFiles.write(victim, out -> {
      out.write(new byte[100_000]);
      throw new IOException("injected failure");
    })).isInstanceOf(CannotWriteException.class)
        .hasMessage(victim + ": cannot be written: injected failure; the file there is unchanged");

    assertThat(Files.readString(victim)).isEqualTo(OLD);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(victim);
    }
  }

  @Test
  void atomicFiles_contentThrowsAnError_keepsTheOldFileAndRemovesTheTemporaryFile() throws IOException {
    Path victim = Fixtures.writeText(dir, "victim.json", OLD);

    assertThatThrownBy(() -> AtomicFiles.write(victim, out -> {
      out.write(new byte[10]);
      throw new OutOfMemoryError("injected");
    })).isInstanceOf(OutOfMemoryError.class);

    assertThat(Files.readString(victim)).isEqualTo(OLD);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(victim);
    }
  }

  @Test
  void atomicFiles_success_replacesTheFileWithTheWholeContent() throws IOException {
    Path victim = Fixtures.writeText(dir, "victim.json", OLD);

    AtomicFiles.write(victim, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(victim)).isEqualTo("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(victim);
    }
  }

  @Test
  void outputEqualToInput_isRefusedAsUsageAndLeavesTheInput() throws IOException {
    Path fixture = Fixtures.write(dir, "fixture.json", Fixtures.withError());
    byte[] before = Files.readAllBytes(fixture);
    Path document = Fixtures.writeText(dir, "doc.txt", "not a roadmap document");
    Path waivers = Fixtures.writeText(dir, "waivers.yaml", "waivers: []\n");
    Path sameByAnotherName = dir.resolve(".").resolve("fixture.json");

    List<Cli.Result> results = List.of(
        Cli.run("convert", fixture.toString(), fixture.toString()),
        Cli.run("convert", fixture.toString(), sameByAnotherName.toString()),
        Cli.run("validate", fixture.toString(), "-o", fixture.toString()),
        Cli.run("report", fixture.toString(), "-o", fixture.toString()),
        Cli.run("summary", fixture.toString(), "-o", fixture.toString()),
        Cli.run("validate", fixture.toString(), "--waivers", waivers.toString(), "-o", waivers.toString()),
        Cli.run("import", document.toString(), "-o", document.toString()),
        Cli.run("import", document.toString(), "--report", document.toString()));

    for (Cli.Result result : results) {
      assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("names the input file", "--overwrite-input");
    }
    assertThat(Files.readAllBytes(fixture)).isEqualTo(before);
    assertThat(Files.readString(document)).isEqualTo("not a roadmap document");
  }

  @Test
  void outputEqualToInput_throughAHardLink_isRefused() throws IOException {
    Path fixture = Fixtures.write(dir, "fixture.json", Fixtures.clean());
    Path alias;
    try {
      alias = Files.createLink(dir.resolve("alias.json"), fixture);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("hard links").isTrue();
      return;
    }

    assertThat(Cli.run("convert", fixture.toString(), alias.toString()).exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void outputEqualToInput_withOverwriteInput_replacesTheInput() throws IOException {
    Path fixture = Fixtures.write(dir, "fixture.json", Fixtures.clean());
    Path yaml = dir.resolve("fixture.yaml");
    Cli.run("convert", fixture.toString(), yaml.toString());

    Cli.Result result = Cli.run("convert", yaml.toString(), yaml.toString(), "--to", "json", "--overwrite-input");

    assertThat(result.exit()).isZero();
    assertThat(RoadmapJson.read(yaml)).isEqualTo(Fixtures.clean());
  }

  @Test
  void importOutputAndReport_sameFile_isRefused() throws IOException {
    Path document = Fixtures.writeText(dir, "doc.txt", "not a roadmap document");
    Path out = dir.resolve("out.json");

    Cli.Result result = Cli.run("import", document.toString(), "-o", out.toString(), "--report", out.toString());

    assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("-o and --report name the same file");
  }

  /** A subcommand that fails as a program defect or an exhausted heap would. */
  @Command(name = "explode")
  static final class Exploding implements Callable<Integer> {
    private final Throwable failure;

    Exploding(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw (Exception) failure;
    }
  }

  private static Cli.Result explode(Throwable failure, String... more) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RoadmapCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
    CommandLine exploding = new CommandLine(new Exploding(failure));
    exploding.setOut(commandLine.getOut());
    exploding.setErr(commandLine.getErr());
    exploding.setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
    commandLine.addSubcommand(exploding);
    String[] args = Stream.concat(Stream.of("explode"), Stream.of(more)).toArray(String[]::new);
    int exit = RoadmapCommand.execute(commandLine, args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  @Test
  void outOfMemory_exitsFourWithOneLine() {
    Cli.Result result = explode(new OutOfMemoryError("Java heap space"));

    assertThat(result.exit()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(result.err().lines()).containsExactly("roadmap: internal error: out of memory"
        + " (java.lang.OutOfMemoryError: Java heap space); the input may be too large for the memory given to Java"
        + " (-Xmx); run with --verbose for the details");
  }

  @Test
  void outOfMemoryVerbose_printsTheStackTraceToo() {
    Cli.Result result = explode(new OutOfMemoryError("Java heap space"), "--verbose");

    assertThat(result.exit()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(result.err()).contains("out of memory", "\tat ");
  }

  @Test
  void unexpectedException_exitsFourWithOneLine() {
    Cli.Result result = explode(new IllegalStateException("a defect"));

    assertThat(result.exit()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(result.err().lines()).containsExactly(
        "roadmap: internal error: java.lang.IllegalStateException: a defect; run with --verbose for the details");
  }

  @Test
  void stackOverflow_exitsFourWithOneLine() {
    Cli.Result result = explode(new StackOverflowError());

    assertThat(result.exit()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(result.err().lines()).hasSize(1);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(work)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
