package org.wsis.roadmap.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The adapter between a Word document and the table importer: renders the document's body as the
 * text export the importer reads today (one line per paragraph, an empty paragraph a blank line; one tab-separated line per table row,
 * a row spanning the table as its text followed by six tabs; in a cell, paragraphs as {@code <p>}
 * fragments and list paragraphs as a {@code <ul>} of bullets; a table nested in a cell flattened into
 * paragraphs). It is the only place that knows the importer's input; when the importer takes rows of
 * cells directly, this class maps POI's table model onto them instead.
 */
public final class DocumentText {
  private DocumentText() {}

  /**
   * Renders a document.
   *
   * @param bytes the .docx file, already checked by {@link PackageGuard}
   * @return the text export
   * @throws IOException when POI cannot read the document
   */
  public static String render(byte[] bytes) throws IOException {
    StringBuilder out = new StringBuilder();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          out.append(clean(((XWPFParagraph) element).getText())).append("\n");
        } else if (element instanceof XWPFTable) {
          for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(cell(cell));
            }
            while (cells.size() < 7) {
              cells.add("");
            }
            out.append(String.join("\t", cells)).append("\n");
          }
          out.append("\n");
        }
      }
    }
    return out.toString();
  }

  private static String cell(XWPFTableCell cell) {
    List<String> plain = new ArrayList<>();
    StringBuilder html = new StringBuilder();
    List<String> bullets = new ArrayList<>();
    List<XWPFParagraph> paragraphs = new ArrayList<>(cell.getParagraphs());
    for (XWPFTable nested : cell.getTables()) {
      for (XWPFTableRow row : nested.getRows()) {
        for (XWPFTableCell inner : row.getTableCells()) {
          paragraphs.addAll(inner.getParagraphs());
        }
      }
    }
    for (XWPFParagraph paragraph : paragraphs) {
      String text = clean(paragraph.getText());
      if (text.isBlank()) {
        continue;
      }
      if (paragraph.getNumID() != null) {
        bullets.add(text);
        continue;
      }
      flush(html, bullets);
      plain.add(text);
      html.append(html.length() == 0 ? "" : " ").append("<p>").append(text).append("</p>");
    }
    flush(html, bullets);
    if (plain.size() == 1 && !html.toString().contains("<ul")) {
      return plain.get(0);
    }
    return html.toString();
  }

  private static void flush(StringBuilder html, List<String> bullets) {
    if (bullets.isEmpty()) {
      return;
    }
    html.append(html.length() == 0 ? "" : " ").append("<ul style=\"list-style-type: none\">");
    for (String bullet : bullets) {
      html.append(" \u2022 ").append(bullet);
    }
    html.append(" </ul>");
    bullets.clear();
  }

  /** Tabs and line breaks inside a paragraph become spaces: they would split cells and rows. */
  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').trim();
  }
}
