/**
 * Roadmaps as Excel workbooks and Word documents, on Apache POI: an optional module, so that the
 * core and io modules stay light.
 *
 * <p>Exports {@code org.wsis.roadmap.office}; {@code org.wsis.roadmap.office.internal} is not
 * exported. Apache POI's jars are explicit modules ({@code org.apache.poi.poi}, {@code
 * org.apache.poi.ooxml}, {@code org.apache.poi.ooxml.schemas} from poi-ooxml-lite). It provides the
 * {@code xlsx} and {@code docx} formats as {@code org.wsis.roadmap.io.RoadmapFormat} services.
 */
module org.wsis.roadmap.office {
  requires transitive org.wsis.roadmap.io;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;
  // Apache POI's own zip library (commons-compress), which the package guard reads with too.
  requires org.apache.commons.compress;
  requires static transitive org.jspecify;

  exports org.wsis.roadmap.office;

  // The workbook (xlsx) and Word (docx) formats, which RoadmapFormat.all() and the command line find.
  provides org.wsis.roadmap.io.RoadmapFormat
      with org.wsis.roadmap.office.internal.XlsxFormat, org.wsis.roadmap.office.internal.DocxFormat;
}
