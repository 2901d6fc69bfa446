package org.wsis.roadmap.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.WsisRoadmaps;

/**
 * The module's own corpus of hostile workbooks, built in memory: each ends with a {@link
 * WorkbookReadException} naming what was refused. It runs in a JVM with a small heap (see the pom), so
 * a reader that inflated or kept what it reads without bound would fail with an OutOfMemoryError.
 */
final class HostileWorkbookTest {
  private static final byte[] WRITTEN = RoadmapWorkbook.toBytes(WsisRoadmaps.edition2024());

  /** Copies the written workbook, replacing or adding the given parts. */
  static byte[] repack(Map<String, Function<OutputStream, Void>> parts) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes);
          ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(WRITTEN), "UTF-8", false, true)) {
        for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          if (parts.containsKey(entry.getName())) {
            parts.get(entry.getName()).apply(out);
          } else {
            in.transferTo(out);
          }
          out.closeEntry();
        }
        for (Map.Entry<String, Function<OutputStream, Void>> part : parts.entrySet()) {
          if (part.getKey().startsWith("new:")) {
            out.putNextEntry(new ZipEntry(part.getKey().substring(4)));
            part.getValue().apply(out);
            out.closeEntry();
          }
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Function<OutputStream, Void> text(String text) {
    return out -> {
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    };
  }

  static WorkbookReadException refused(byte[] bytes) {
    return refused(bytes, ReadLimits.defaults());
  }

  static WorkbookReadException refused(byte[] bytes, ReadLimits limits) {
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class,
        () -> RoadmapWorkbook.readLenient(new ByteArrayInputStream(bytes), limits));
    assertThat(e).as("a WorkbookReadException").isNotNull();
    return e;
  }

  @Test
  void read_text_refusedAsNoZip() {
    assertThat(refused("id,title\n".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("does not start like a zip file");
  }

  @Test
  void read_emptyFile_refused() {
    assertThat(refused(new byte[0]).getMessage()).contains("does not start like a zip file");
  }

  @Test
  void read_truncated_refused() {
    byte[] truncated = java.util.Arrays.copyOf(WRITTEN, WRITTEN.length / 2);
    assertThat(refused(truncated).getMessage()).contains("workbook");
  }

  @Test
  void read_passwordProtected_refusedAsEncrypted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(WRITTEN)); OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(bytes);
    }
    assertThat(refused(bytes.toByteArray()).getMessage()).contains("encrypted (password-protected)");
  }

  @Test
  void read_macroEnabledRenamed_refused() {
    byte[] macro = repack(Map.of("new:xl/vbaProject.bin", text("macro")));
    assertThat(refused(macro).getMessage()).contains("must hold no macros").contains("xl/vbaProject.bin");
  }

  @Test
  void read_macroContentType_refused() {
    byte[] macro = repack(Map.of("[Content_Types].xml", text("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>")));
    assertThat(refused(macro).getMessage()).contains("macro-enabled");
  }

  @Test
  void read_doctypeInAPart_refused() {
    byte[] xxe = repack(Map.of("xl/workbook.xml", text("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;</workbook>")));
    WorkbookReadException e = refused(xxe);
    assertThat(e.getMessage()).contains("must declare no DTD or entity").contains("xl/workbook.xml");
  }

  @Test
  void read_zipBomb_refusedByInflateRatio() {
    byte[] bomb = repack(Map.of("new:xl/media/zeros.bin", out -> {
      try {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 300; i++) {
          out.write(zeros);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    }));
    assertThat(refused(bomb).getMessage()).contains("a zip bomb?");
  }

  @Test
  void read_hugeSharedStrings_refusedByInflatedSize() {
    StringBuilder strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < 200_000; i++) {
      strings.append("<si><t>").append(Long.toHexString(random.nextLong())).append("</t></si>");
    }
    strings.append("</sst>");
    byte[] huge = repack(Map.of("xl/sharedStrings.xml", text(strings.toString())));
    ReadLimits limits = ReadLimits.builder().maxDocumentLength(4 * 1024 * 1024).build();
    assertThat(refused(huge, limits).getMessage()).contains("must inflate to at most 4194304 bytes");
  }

  @Test
  void read_sheetOf1048576Rows_refusedByRowLimit() {
    byte[] rows = repack(Map.of("xl/worksheets/sheet2.xml", out -> {
      try {
        out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
        for (int r = 1; r <= 1_048_576; r++) {
          out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + (r % 97) + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    }));
    WorkbookReadException e = refused(rows);
    assertThat(e.getMessage()).satisfiesAnyOf(
        m -> assertThat(m).contains("must have at most 1000000 rows"),
        m -> assertThat(m).contains("a zip bomb?"));
  }

  @Test
  void read_rowLimit_refusedWithSheet() {
    ReadLimits limits = ReadLimits.builder().maxTextLines(100).build();
    assertThat(refused(WRITTEN, limits).getMessage()).contains("must have at most 100 rows").contains("sheet '");
  }

  @Test
  void read_fileOverDocumentLimit_refused() {
    ReadLimits limits = ReadLimits.builder().maxDocumentLength(1000).build();
    assertThat(refused(WRITTEN, limits).getMessage()).contains("at most 1000 bytes");
  }
}
