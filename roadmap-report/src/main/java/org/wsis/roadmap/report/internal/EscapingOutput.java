package org.wsis.roadmap.report.internal;

import gg.jte.html.HtmlTemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The output of the compiled templates: markup from the templates is written as it is, every value
 * a template inserts with {@code ${...}} is escaped by {@link Html#escape}, the same way in element
 * content and in attribute values.
 *
 * <p>The templates never insert a value into a {@code script} or {@code style} element or into an
 * event handler attribute, where HTML escaping would not be enough; doing so throws.
 */
public final class EscapingOutput implements HtmlTemplateOutput {
  private final Writer out;
  private @Nullable String tag;
  private @Nullable String attribute;

  /**
   * Creates the output.
   *
   * @param out where the page goes; an {@link IOException} of it is thrown as an {@link UncheckedIOException}
   */
  public EscapingOutput(Writer out) {
    this.out = out;
  }

  @Override
  public void setContext(String tagName, @Nullable String attributeName) {
    this.tag = tagName;
    this.attribute = attributeName;
  }

  @Override
  public void writeContent(String value) {
    write(value);
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    try {
      out.write(value, beginIndex, endIndex - beginIndex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeUserContent(@Nullable String value) {
    if (value == null) {
      return;
    }
    if ("script".equals(tag) || "style".equals(tag)
        || (attribute != null && attribute.toLowerCase(Locale.ROOT).startsWith("on"))) {
      throw new IllegalStateException("a template inserts a value into <" + tag + ">"
          + (attribute == null ? "" : " attribute " + attribute) + ", where HTML escaping is not enough");
    }
    write(Html.escape(value));
  }

  private void write(String value) {
    try {
      out.write(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
