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
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.wsis.roadmap.RoadmapException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.WsisRoadmaps;
import org.wsis.roadmap.io.table.ImportIssue;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.TableImportException;
import org.wsis.roadmap.io.table.TableLocation;

/**
 * The module's own corpus of hostile Word documents, built in memory: each ends with a typed {@link
 * RoadmapException} naming what was refused, or with an import issue at its table, row and cell. It runs
 * in a JVM with a small heap (see the pom), so a reader that inflated or kept what it reads without
 * bound would fail with an OutOfMemoryError.
 */
final class HostileWordDocumentTest {
  private static final byte[] PUBLISHED = RoadmapWordDocument.toBytes(WsisRoadmaps.edition2024());
  private static final String DOCUMENT = "word/document.xml";

  /** Copies the published document, replacing or adding ({@code new:} prefix) the given parts. */
  static byte[] repack(Map<String, Function<OutputStream, Void>> parts) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes);
          ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(PUBLISHED), "UTF-8", false, true)) {
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

  static ImportResult importBytes(byte[] bytes) {
    return RoadmapWordDocument.importDocument(new ByteArrayInputStream(bytes));
  }

  static WorkbookReadException refused(byte[] bytes) {
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class, () -> importBytes(bytes));
    assertThat(e).as("a WorkbookReadException").isNotNull();
    return e;
  }

  /** A body of the given paragraphs and tables. */
  static String body(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + content + "</w:body></w:document>";
  }

  static String p(String text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  static String row(String... cells) {
    StringBuilder out = new StringBuilder("<w:tr>");
    for (String cell : cells) {
      out.append("<w:tc>").append(cell.startsWith("<") ? cell : p(cell)).append("</w:tc>");
    }
    return out.append("</w:tr>").toString();
  }

  static String roadmapTable(String references) {
    return "<w:tbl>" + row("WSIS Outcomes (WSIS AL C3)", "Proposed Timing", "ITU Strategic Goals and Relevant Resolutions",
        "Linkages with SDGs", "Evidence-based analysis of the current situation",
        "Expected and Achieved results and targets to be achieved", "COVID-19 Response")
        + row("Geneva Plan of Action and Tunis Agenda for the Information Society", "", "", "", "", "", "")
        + row("A: Promote access.", "2031", references, "SDG 4", "", "", "") + "</w:tbl>";
  }

  static String heading() {
    return p("Roadmaps C3") + p("(Draft as of 3 March 2031)") + p("Roadmap for WSIS Action Line C3: Access to information and knowledge");
  }

  @Test
  void import_noTable_throwsTableImportException() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Minutes of the meeting");
      document.write(out);
    }
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> importBytes(out.toByteArray()));
    assertThat(e.getMessage()).contains("(the document has no table)");
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void import_headingWithoutTable_throwsTableImportExceptionAtTheHeading() {
    byte[] bytes = repack(Map.of(DOCUMENT, text(body(heading() + p("No table yet.")))));
    TableImportException e = catchThrowableOfType(TableImportException.class, () -> importBytes(bytes));
    assertThat(e.getMessage()).contains("C3 must be followed by its table");
    assertThat(e.getLine()).isEqualTo(3);
  }

  @Test
  void import_nestedTable_importIssueAtItsCell() {
    String nested = "<w:tbl>" + row("PP Resolution 154", "<w:tbl>" + row("WTDC Resolution 37") + "</w:tbl><w:p/>") + "</w:tbl><w:p/>";
    ImportResult result = importBytes(repack(Map.of(DOCUMENT, text(body(heading() + roadmapTable(nested))))));
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.MALFORMED_ROW).singleElement()
        .satisfies(i -> {
          assertThat(i.getLocation()).contains(new TableLocation(1, 3, 3));
          assertThat(i.getMessage()).contains("a table nested in a cell");
        });
    assertThat(result.getRoadmap().outcomes().get(0).getReferences()).extracting(r -> r.getRaw())
        .containsExactly("PP Resolution 154", "WTDC Resolution 37");
  }

  @Test
  void import_tablesNestedThousandsDeep_refusedAsUnreadable() {
    assertThat(refused(nestedDeep(5_000)).getMessage()).contains("must be a readable .docx file").contains("depth");
  }

  @Test
  void import_tablesNestedHundredsDeep_everyWordKeptAndOneIssue() {
    ImportResult result = importBytes(nestedDeep(300));
    assertThat(result.getReport().getIssues()).filteredOn(i -> i.getKind() == ImportIssue.Kind.MALFORMED_ROW).hasSize(1);
    assertThat(result.getRoadmap().outcomes().get(0).getReferences()).hasSize(300);
  }

  private static byte[] nestedDeep(int depth) {
    java.util.Random random = new java.util.Random(7);
    StringBuilder nested = new StringBuilder();
    for (int k = 0; k < depth; k++) {
      nested.append("<w:tbl><w:tr><w:tc>").append(p(Long.toHexString(random.nextLong())));
    }
    nested.append("</w:tc></w:tr></w:tbl><w:p/>".repeat(depth));
    return repack(Map.of(DOCUMENT, text(body(heading() + roadmapTable(nested.toString())))));
  }

  @Test
  void import_passwordProtected_refusedAsEncrypted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(PUBLISHED)); OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(bytes);
    }
    assertThat(refused(bytes.toByteArray()).getMessage()).contains("Word document").contains("encrypted (password-protected)");
  }

  @Test
  void import_macroEnabledRenamed_refused() {
    byte[] macro = repack(Map.of("new:word/vbaProject.bin", text("macro")));
    assertThat(refused(macro).getMessage()).contains("must hold no macros").contains("word/vbaProject.bin");
  }

  @Test
  void import_macroContentType_refused() {
    byte[] macro = repack(Map.of("[Content_Types].xml", text("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>")));
    assertThat(refused(macro).getMessage()).contains("macro-enabled");
  }

  @Test
  void import_externalEntityInDocument_refused() {
    byte[] xxe = repack(Map.of(DOCUMENT, text("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + body(p("&x;")).substring(body("").indexOf("<w:document")))));
    assertThat(refused(xxe).getMessage()).contains("must declare no DTD or entity").contains(DOCUMENT);
  }

  @Test
  void import_zipBomb_refusedByInflateRatio() {
    byte[] bomb = repack(Map.of("new:word/media/zeros.bin", out -> {
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
  void import_documentOverTheLimit_refused() {
    ReadLimits limits = ReadLimits.builder().maxDocumentLength(1000).build();
    WorkbookReadException e = catchThrowableOfType(WorkbookReadException.class, () -> RoadmapWordDocument.importDocument(
        new ByteArrayInputStream(PUBLISHED), "big.docx", org.wsis.roadmap.io.table.RoadmapTableImporter.create().withLimits(limits)));
    assertThat(e.getMessage()).contains("at most 1000 bytes");
  }

  @Test
  void import_notAZip_refused() {
    assertThat(refused("Roadmap for WSIS Action Line C3".getBytes(StandardCharsets.UTF_8)).getMessage())
        .contains("Word document").contains("does not start like a zip file");
  }

  @Test
  void import_cellSpanningAMillionColumns_readAsOneCell() {
    String span = "<w:tc><w:tcPr><w:gridSpan w:val=\"1000000\"/></w:tcPr>" + p("Geneva Plan of Action and Tunis Agenda for the Information Society") + "</w:tc>";
    String table = roadmapTable("ITU Strategic Goal 1").replace(
        row("Geneva Plan of Action and Tunis Agenda for the Information Society", "", "", "", "", "", ""), "<w:tr>" + span + "</w:tr>");
    ImportResult result = importBytes(repack(Map.of(DOCUMENT, text(body(heading() + table)))));
    assertThat(result.getRoadmap().outcomes()).extracting(o -> o.getId().toString()).containsExactly("C3.GT.A");
  }
}
