package org.wsis.roadmap.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.RoadmapIoException;
import org.wsis.roadmap.io.ReadLimits;
import org.wsis.roadmap.io.ReadProblem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.wsis.roadmap.io.table.ImportResult;
import org.wsis.roadmap.io.table.RoadmapDocument;
import org.wsis.roadmap.io.table.RoadmapTableImporter;
import org.wsis.roadmap.office.internal.DocumentReader;
import org.wsis.roadmap.office.internal.DocumentWriter;
import org.wsis.roadmap.office.internal.PackageGuard;
import org.wsis.roadmap.office.internal.Zips;

/**
 * Publishes roadmaps as Word documents (.docx) in the published layout, and imports such documents.
 *
 * <p>The published layout is that of the ITU document: a title block ({@code (Draft as of 11 October
 * 2024)}), the introduction, and per action line (any of C1 to C11) a numbered heading {@code Roadmap
 * for WSIS Action Line C5: ...}, its notes and one table of seven columns whose header row repeats on
 * every page, a row spanning the table before each section, paragraphs and bullet lists in cells.
 * Import reads such a document, edited or not, or one written by hand, from POI's document model into a
 * {@link org.wsis.roadmap.io.table.RoadmapDocument} (rows of cells of paragraphs, cells spanning columns
 * and merged cells mapped onto the seven columns) and hands it to {@link
 * RoadmapTableImporter#importDocument(org.wsis.roadmap.io.table.RoadmapDocument, String)}: the header and
 * its repeats, section rows, rows continued over a page, errata and the reading of each row are the text
 * importer's. Its {@link ImportResult} reports each issue of a table with its {@link
 * org.wsis.roadmap.io.table.TableLocation} (table, row, cell); each paragraph and table row counts one
 * line. The roadmap's id is the document's identifier property, which publication writes; a document
 * without one gets the id the text importer derives from title and date.
 *
 * <pre>{@code
 * RoadmapWordDocument.publish(roadmap, Path.of("roadmap.docx"));
 * ImportResult imported = RoadmapWordDocument.importDocument(Path.of("roadmap.docx"));
 * }</pre>
 *
 * <p>Import refuses encrypted and legacy binary files, macro-enabled files, parts that declare a DTD
 * or an entity, and zip bombs with a {@link WorkbookReadException} (its sheet and cell empty). This
 * class is thread-safe.
 */
public final class RoadmapWordDocument {
  /** The media type of the files this class reads and writes. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private RoadmapWordDocument() {}

  /**
   * Publishes a roadmap as a Word document to a stream, which is flushed and left open.
   *
   * @param roadmap the roadmap
   * @param out the stream
   * @throws RoadmapIoException when the stream fails
   */
  public static void publish(Roadmap roadmap, OutputStream out) {
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(out, "out");
    try {
      out.write(bytes(roadmap));
      out.flush();
    } catch (IOException e) {
      throw RoadmapIoException.of("write", null, e);
    }
  }

  /**
   * Publishes a roadmap as a Word document to a file, created or replaced.
   *
   * @param roadmap the roadmap
   * @param path the file
   * @throws RoadmapIoException when the file cannot be written
   */
  public static void publish(Roadmap roadmap, Path path) {
    Objects.requireNonNull(roadmap, "roadmap");
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write(bytes(roadmap));
    } catch (IOException e) {
      throw RoadmapIoException.of("write", path, e);
    }
  }

  private static byte[] bytes(Roadmap roadmap) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DocumentWriter.write(roadmap, bytes);
    return Zips.normalize(bytes.toByteArray());
  }

  /**
   * Returns a roadmap published as the bytes of a Word document.
   *
   * @param roadmap the roadmap
   * @return the bytes of the .docx file
   */
  public static byte[] toBytes(Roadmap roadmap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    publish(roadmap, out);
    return out.toByteArray();
  }

  /**
   * Imports a Word document holding roadmap tables.
   *
   * @param path the .docx file
   * @return the roadmap and the import report
   * @throws WorkbookReadException when the file is no readable Word document or is refused as hostile
   * @throws org.wsis.roadmap.io.table.TableImportException when the document holds no roadmap table
   * @throws RoadmapIoException when the file cannot be read
   */
  public static ImportResult importDocument(Path path) {
    return importDocument(path, ReadLimits.defaults());
  }

  /**
   * Imports, within the given limits, a Word document holding roadmap tables.
   *
   * @param path the .docx file
   * @param limits the limits
   * @return the roadmap and the import report
   * @throws WorkbookReadException when the file is no readable Word document or is refused as hostile
   * @throws org.wsis.roadmap.io.table.TableImportException when the document holds no roadmap table
   * @throws RoadmapIoException when the file cannot be read
   */
  public static ImportResult importDocument(Path path, ReadLimits limits) {
    return importDocument(path, RoadmapTableImporter.create().withLimits(limits));
  }

  /**
   * Imports a Word document holding roadmap tables with an importer's limits and errata: the errata of
   * an edition are applied to the printed text of the document's tables exactly as for its text export.
   *
   * <pre>{@code
   * ImportResult result = RoadmapWordDocument.importDocument(Path.of("roadmaps.docx"),
   *     RoadmapTableImporter.create().withErrata(WsisRoadmaps.errata2024()));
   * }</pre>
   *
   * @param path the .docx file
   * @param importer the importer whose limits and errata apply
   * @return the roadmap and the import report
   * @throws WorkbookReadException when the file is no readable Word document or is refused as hostile
   * @throws org.wsis.roadmap.io.table.TableImportException when the document holds no roadmap table
   * @throws RoadmapIoException when the file cannot be read
   * @throws org.wsis.roadmap.RoadmapException when an erratum does not apply
   */
  public static ImportResult importDocument(Path path, RoadmapTableImporter importer) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(importer, "importer");
    Path name = path.getFileName();
    return importBytes(RoadmapWorkbook.bytes(path, importer.getLimits()), importer, name == null ? path.toString() : name.toString());
  }

  /**
   * Imports a Word document from a stream, which is left open, with an importer's limits and errata.
   *
   * @param in the stream
   * @param sourceName the name to quote in the import report
   * @param importer the importer whose limits and errata apply
   * @return the roadmap and the import report
   * @throws WorkbookReadException when the input is no readable Word document or is refused as hostile
   * @throws org.wsis.roadmap.io.table.TableImportException when the document holds no roadmap table
   * @throws RoadmapIoException when the stream fails
   * @throws org.wsis.roadmap.RoadmapException when an erratum does not apply
   */
  public static ImportResult importDocument(InputStream in, String sourceName, RoadmapTableImporter importer) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(importer, "importer");
    return importBytes(RoadmapWorkbook.bytes(in, importer.getLimits()), importer, sourceName);
  }

  /**
   * Imports a Word document from a stream, which is left open.
   *
   * @param in the stream
   * @return the roadmap and the import report
   * @throws WorkbookReadException when the input is no readable Word document or is refused as hostile
   * @throws org.wsis.roadmap.io.table.TableImportException when the document holds no roadmap table
   * @throws RoadmapIoException when the stream fails
   */
  public static ImportResult importDocument(InputStream in) {
    return importDocument(in, "document.docx", RoadmapTableImporter.create());
  }

  private static ImportResult importBytes(byte[] bytes, RoadmapTableImporter importer, String sourceName) {
    ReadLimits limits = importer.getLimits();
    try {
      PackageGuard.check(bytes, "the Word document (.docx)", "word/vbaProject.bin", limits.getMaxDocumentLength());
    } catch (PackageGuard.Refusal e) {
      throw refused(e.getMessage(), null);
    }
    RoadmapDocument document;
    String id;
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      document = DocumentReader.read(word);
      id = word.getProperties().getCoreProperties().getIdentifier();
    } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException e) {
      throw refused("the Word document must be a readable .docx file, but "
          + org.wsis.roadmap.RoadmapException.quote(String.valueOf(e.getMessage())), e);
    }
    ImportResult result = importer.importDocument(document, sourceName);
    if (id != null && !id.isBlank() && !id.equals(result.getRoadmap().getId())) {
      // the identifier publication writes; a document written by hand has none, and its id comes from title and date
      return ImportResult.builder().from(result).roadmap(result.getRoadmap().withId(id.strip())).build();
    }
    return result;
  }

  private static WorkbookReadException refused(String message, Throwable cause) {
    return new WorkbookReadException(new ReadProblem(message, 0, 0, ""), "", "", "", cause);
  }
}
