/**
 * The one reader of the HTML markup that table cells carry: {@link org.wsis.roadmap.markup.MarkupTokenizer}
 * turns a cell into characters, spaces and tags, and {@link org.wsis.roadmap.markup.PlainText} marks
 * text that has already been read from markup, so that the cell readers ({@link
 * org.wsis.roadmap.Timing#read(CharSequence)}, {@link org.wsis.roadmap.SdgCell#read(CharSequence)},
 * {@link org.wsis.roadmap.Reference#readAll(CharSequence)}, {@link
 * org.wsis.roadmap.Metric#find(CharSequence)}) take it as it is instead of reading it again.
 *
 * <p>Most applications need nothing here: the cell readers and the importer of roadmap documents use
 * it. It is public for readers of other document formats that feed the importer's table pipeline.
 *
 * <pre>{@code
 * MarkupTokenizer tokens = MarkupTokenizer.of("<p>SDG&nbsp;8</p>");
 * while (tokens.next()) {
 *   System.out.println(tokens.token() + " " + tokens.start() + ".." + tokens.end());
 * }
 * }</pre>
 */
@NullMarked
package org.wsis.roadmap.markup;

import org.jspecify.annotations.NullMarked;
