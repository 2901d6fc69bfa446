package org.wsis.roadmap.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.office.RoadmapWorkbook;

/**
 * Writes a workbook of many outcomes from {@link SyntheticRoadmaps} to a temporary file and reads it
 * back in a child JVM with a small heap ({@code -Xmx256m} by default), reporting the file size, the
 * heap the roadmap itself takes (measured in this JVM, which has room for it), and the child's peak
 * heap or its {@code OutOfMemoryError}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.wsis.roadmap.benchmarks.WorkbookReadMain 100000
 * java -cp benchmarks/target/benchmarks.jar org.wsis.roadmap.benchmarks.WorkbookReadMain 10000 -Xmx256m
 * }</pre>
 *
 * <p>The child runs {@code WorkbookReadMain read FILE}: a strict {@link RoadmapWorkbook#read(Path,
 * ReadLimits)} with the size and row limits lifted (the defaults refuse a workbook over 64 MiB or
 * 1,000,000 rows).
 */
public final class WorkbookReadMain {
  private WorkbookReadMain() {}

  /**
   * Writes and reads, or (first argument {@code read}) only reads.
   *
   * @param args the number of outcomes (default 100,000) and the child's heap option (default
   *     {@code -Xmx256m}); or {@code read} and the file
   * @throws Exception when the file cannot be written or the child cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("read")) {
      read(Paths.get(args[1]));
      return;
    }
    int outcomes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String heap = args.length > 1 ? args[1] : "-Xmx256m";
    Path file = Files.createTempFile("roadmap-" + outcomes + "-", ".xlsx");
    try {
      long before = settledHeap();
      Roadmap roadmap = SyntheticRoadmaps.of(outcomes);
      long model = settledHeap() - before;
      long start = System.nanoTime();
      RoadmapWorkbook.write(roadmap, file);
      double write = (System.nanoTime() - start) / 1e9;
      System.out.printf("%d outcomes: the roadmap takes %d MiB of heap; workbook written in %.1f s, %d MiB (%s)%n",
          outcomes, model >> 20, write, Files.size(file) >> 20, file);
      roadmap = null;
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          WorkbookReadMain.class.getName(), "read", file.toString()).inheritIO().start();
      int exit = child.waitFor();
      System.out.println("child JVM (" + heap + ") exit " + exit);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void read(Path file) {
    ReadLimits limits = ReadLimits.defaults().toBuilder().maxDocumentLength(1L << 30).maxTextLines(Integer.MAX_VALUE).build();
    long start = System.nanoTime();
    try {
      Roadmap roadmap = RoadmapWorkbook.read(file, limits);
      long outcomes = roadmap.getActionLines().stream().mapToLong(t -> t.getOutcomes().size()).sum();
      System.out.printf("read %d outcomes in %.1f s; max heap %d MiB, peak heap used %d MiB%n", outcomes,
          (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
    } catch (OutOfMemoryError e) {
      System.out.printf("OutOfMemoryError after %.1f s; max heap %d MiB%n", (System.nanoTime() - start) / 1e9,
          Runtime.getRuntime().maxMemory() >> 20);
      System.exit(3);
    }
  }

  /** The sum of the peak usage of every heap pool (an upper bound of the peak heap in use). */
  private static long peakHeap() {
    long peak = 0;
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean pool : pools) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long settledHeap() throws IOException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
