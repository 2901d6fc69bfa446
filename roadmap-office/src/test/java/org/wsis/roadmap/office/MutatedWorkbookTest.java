package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.ReadResult;
import org.wsis.roadmap.testkit.RoadmapGenerator;

/**
 * Fuzz-style reading of mutated workbooks: a valid workbook's bytes truncated, bytes flipped in the
 * file and in the XML of its parts, parts cut short, dropped or repeated. Each read either gives a
 * result or ends in a {@link WorkbookReadException}; any other exception fails. The class runs with the
 * hostile workbooks in a JVM of 256 MB (see the pom), so a read that kept its input without bound
 * would fail with an {@link OutOfMemoryError}. The mutations are drawn from fixed seeds, so a failure
 * repeats; the message names the seed.
 */
final class MutatedWorkbookTest {
  private static final int MUTANTS = 250;

  /** A written workbook unpacked: its part names and their bytes, in order. */
  private record Part(String name, byte[] bytes) {}

  private static final byte[] WRITTEN =
      RoadmapWorkbook.toBytes(RoadmapGenerator.valid(new Random(20241011L), 3));
  private static final List<Part> PARTS = unpack(WRITTEN);

  @Test
  void read_mutatedBytes_givesResultOrWorkbookReadException() {
    int refused = 0;
    for (int seed = 0; seed < MUTANTS; seed++) {
      Random random = new Random(seed);
      byte[] mutant = switch (seed % 3) {
        case 0 -> Arrays.copyOf(WRITTEN, random.nextInt(WRITTEN.length));
        case 1 -> flip(WRITTEN.clone(), random, 1 + random.nextInt(8));
        default -> insertOrDelete(WRITTEN, random);
      };
      refused += readsOrRefuses(mutant, "file mutation, seed " + seed) ? 0 : 1;
    }
    assertThat(refused).as("mutants refused").isPositive();
  }

  @Test
  void read_mutatedParts_givesResultOrWorkbookReadException() {
    int refused = 0;
    int read = 0;
    for (int seed = 0; seed < MUTANTS; seed++) {
      Random random = new Random(seed);
      List<Part> parts = new ArrayList<>(PARTS);
      int i = random.nextInt(parts.size());
      Part part = parts.get(i);
      switch (seed % 5) {
        case 0 -> parts.set(i, new Part(part.name(), flip(part.bytes().clone(), random, 1 + random.nextInt(4))));
        case 1 -> parts.set(i, new Part(part.name(), Arrays.copyOf(part.bytes(), random.nextInt(part.bytes().length + 1))));
        case 2 -> parts.remove(i);
        case 3 -> parts.add(random.nextInt(parts.size() + 1), part);
        default -> parts.set(i, new Part(part.name(), repeatSpan(part.bytes(), random)));
      }
      if (readsOrRefuses(pack(parts), "part mutation of " + part.name() + ", seed " + seed)) {
        read++;
      } else {
        refused++;
      }
    }
    assertThat(refused).as("mutants refused").isPositive();
    assertThat(read).as("mutants read").isPositive();
  }

  /** Reads strictly and leniently; true when both read, false when refused. */
  private static boolean readsOrRefuses(byte[] bytes, String what) {
    boolean readStrict;
    try {
      assertThat(RoadmapWorkbook.read(new ByteArrayInputStream(bytes))).as(what).isNotNull();
      readStrict = true;
    } catch (WorkbookReadException e) {
      assertThat(e.getMessage()).as(what).isNotBlank();
      readStrict = false;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": strict read must give a roadmap or a WorkbookReadException, but threw " + e, e);
    }
    try {
      ReadResult result = RoadmapWorkbook.readLenient(new ByteArrayInputStream(bytes));
      assertThat(result.getRoadmap()).as(what).isNotNull();
      if (!readStrict) {
        assertThat(result.getProblems()).as(what + ": lenient read of a file the strict read refused").isNotEmpty();
      }
    } catch (WorkbookReadException e) {
      assertThat(readStrict).as(what + ": lenient read refused what the strict read read").isFalse();
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": lenient read must give a result or a WorkbookReadException, but threw " + e, e);
    }
    return readStrict;
  }

  private static byte[] flip(byte[] bytes, Random random, int count) {
    for (int i = 0; i < count && bytes.length > 0; i++) {
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] insertOrDelete(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length);
    int length = 1 + random.nextInt(64);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    if (random.nextBoolean()) {
      out.write(bytes, at, Math.min(length, bytes.length - at));
      out.write(bytes, at, bytes.length - at);
    } else {
      out.write(bytes, Math.min(bytes.length, at + length), Math.max(0, bytes.length - at - length));
    }
    return out.toByteArray();
  }

  /** Repeats a span of a part's bytes many times (a run of rows, cells or elements, or broken markup). */
  private static byte[] repeatSpan(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int at = random.nextInt(bytes.length);
    int length = 1 + random.nextInt(Math.min(200, bytes.length - at));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at + length);
    for (int i = random.nextInt(2000); i > 0; i--) {
      out.write(bytes, at, length);
    }
    out.write(bytes, at + length, bytes.length - at - length);
    return out.toByteArray();
  }

  private static List<Part> unpack(byte[] bytes) {
    List<Part> parts = new ArrayList<>();
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true)) {
      for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.add(new Part(entry.getName(), in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** Zips parts; a part listed twice is written twice under the same name. */
  private static byte[] pack(List<Part> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> seen = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Part part : parts) {
        // ZipOutputStream refuses a repeated name: the copy gets a placeholder of the same length,
        // replaced by the name in the bytes afterwards.
        String name = part.name();
        if (seen.contains(name)) {
          repeated.add(name);
          name = "~" + name.substring(1);
        }
        seen.add(part.name());
        out.putNextEntry(new ZipEntry(name));
        out.write(part.bytes());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zip = bytes.toByteArray();
    for (String name : repeated) {
      byte[] from = ("~" + name.substring(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int i = 0; i + from.length <= zip.length; i++) {
        if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
          zip[i] = (byte) name.charAt(0);
        }
      }
    }
    return zip;
  }
}
