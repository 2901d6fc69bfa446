package org.wsis.roadmap.internal;

/**
 * Finds the symbols of documents cited in a references cell: a document symbol with at least one
 * slash ({@code A/RES/70/1}, {@code C20/18}) after a word such as {@code Document}, and a bare Council
 * symbol ({@code C15/18}).
 *
 * <pre>{@code
 * int end = DocumentSymbols.councilSymbol("see C20/18.", 4); // 10
 * }</pre>
 *
 * <p>Not API: see the package documentation. The class has no state and is thread-safe.
 */
final class DocumentSymbols {
  private static final int MAX_SYMBOL = 40;

  private DocumentSymbols() {}

  /** A document symbol: letters, digits and - . ( ) with at least one '/'; returns its end or -1. */
  static int symbol(String t, int at) {
    if (at >= t.length() || !Character.isLetterOrDigit(t.charAt(at))) {
      return -1;
    }
    int limit = Math.min(t.length(), at + MAX_SYMBOL);
    int i = at;
    boolean slash = false;
    while (i < limit) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '(' || c == ')' || c == '.') {
        slash |= c == '/';
        i++;
      } else {
        break;
      }
    }
    int open = 0;
    for (int k = at; k < i; k++) {
      open += t.charAt(k) == '(' ? 1 : t.charAt(k) == ')' ? -1 : 0;
    }
    while (i > at && (t.charAt(i - 1) == '.' || (t.charAt(i - 1) == ')' && open < 0))) {
      open += t.charAt(i - 1) == ')' ? 1 : 0;
      i--;
    }
    return slash ? i : -1;
  }

  /** A symbol of the form C15/18 (one or two capitals, digits, slash, digits). */
  static int councilSymbol(String t, int at) {
    if (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))) {
      return -1;
    }
    int i = at;
    while (i < t.length() && i - at < 2 && t.charAt(i) >= 'A' && t.charAt(i) <= 'Z') {
      i++;
    }
    if (i == at) {
      return -1;
    }
    int d = Text.digits(t, i);
    if (d == i || d - i > 3 || d >= t.length() || t.charAt(d) != '/') {
      return -1;
    }
    int e = Text.digits(t, d + 1);
    if (e == d + 1 || e - d - 1 > 3 || (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '/'))) {
      return -1;
    }
    return e;
  }
}
