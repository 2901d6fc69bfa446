package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;
import static org.wsis.roadmap.validation.Texts.normalise;
import static org.wsis.roadmap.validation.Texts.symbolKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsis.roadmap.SdgTarget;

/**
 * Text helpers shared by the rule families: the comparison key of a text, clipping for messages,
 * the scan that tells which prose checks can find anything, document symbol keys and the SDG cell
 * shortcut.
 */
final class Texts {
  private Texts() {}

  static final Pattern MARKUP =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(amp|lt|gt|nbsp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");

  private static final Pattern NOTE_MARKER = Pattern.compile("^\\s*([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+|[0-9]+)(?=[\\s.):])");

  static final int SUPERSCRIPT = 1;
  static final int BRACKET = 2;
  static final int MARKUP_START = 4;

  /** The superscript digits of footnote markers. */
  private static final char[] SUPERSCRIPT_DIGITS = {'\u00B9', '\u00B2', '\u00B3', '\u2070', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079'};

  /** Cells of up to this many items are compared pairwise by key hash, with no key built unless two hashes agree. */
  private static final int SMALL_LIST = 16;

  /** Lower case, white space runs as one space, no leading white space, no trailing white space or {@code .;:,}. */
  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(Character.toLowerCase(c));
      }
    }
    int end = sb.length();
    while (end > 0 && ".;:, ".indexOf(sb.charAt(end - 1)) >= 0) {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }

  static String clip(String text) {
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }

  /**
   * Tells which checks of a text can find anything: a superscript digit, a bracket, or the start of
   * markup ({@code <} before a letter or {@code /}, or {@code &} with a {@code ;} after it, which
   * every tag and entity of {@link #MARKUP} has). Built on {@link String#indexOf(int)}, which the JVM
   * runs as a vectorised search, and which returns at once for a character that the string's
   * encoding cannot hold (no superscript but the first three in a Latin-1 string).
   */
  static int scan(String value) {
    int seen = 0;
    if (value.indexOf('(') >= 0 || value.indexOf(')') >= 0 || value.indexOf('[') >= 0 || value.indexOf(']') >= 0) {
      seen |= BRACKET;
    }
    int amp = value.indexOf('&');
    if (amp >= 0 && value.indexOf(';', amp) >= 0) {
      seen |= MARKUP_START;
    } else {
      for (int lt = value.indexOf('<'); lt >= 0 && lt + 1 < value.length(); lt = value.indexOf('<', lt + 1)) {
        char next = value.charAt(lt + 1);
        if (next == '/' || isAsciiLetter(next)) {
          seen |= MARKUP_START;
          break;
        }
      }
    }
    for (char superscript : SUPERSCRIPT_DIGITS) {
      if (value.indexOf(superscript) >= 0) {
        seen |= SUPERSCRIPT;
        break;
      }
    }
    return seen;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The indexes of the items whose {@link #normalise key} is not empty and equals that of an earlier item, in order. */
  static List<Integer> repeatedItems(List<String> items) {
    List<Integer> repeated = new ArrayList<>(0);
    if (items.size() > SMALL_LIST) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String key = normalise(items.get(i));
        if (!key.isEmpty() && !seen.add(key)) {
          repeated.add(i);
        }
      }
      return repeated;
    }
    int[] hashes = new int[items.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = keyHash(items.get(i));
      for (int j = 0; j < i; j++) {
        if (hashes[j] == hashes[i]) {
          String key = normalise(items.get(i));
          if (!key.isEmpty() && key.equals(normalise(items.get(j)))) {
            repeated.add(i);
            break;
          }
        }
      }
    }
    return repeated;
  }

  /** {@code normalise(text).hashCode()}, computed without building the key. */
  static int keyHash(String text) {
    int hash = 0;
    int kept = 0; // the hash up to the last character that the trailing trim keeps
    boolean space = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = any;
        continue;
      }
      if (space) {
        hash = 31 * hash + ' ';
        space = false;
      }
      hash = 31 * hash + Character.toLowerCase(c);
      any = true;
      if (c != '.' && c != ';' && c != ':' && c != ',') {
        kept = hash;
      }
    }
    return kept;
  }

  static void collectFootnotes(List<String> notes, Set<String> footnotes) {
    for (String note : notes) {
      Matcher m = NOTE_MARKER.matcher(note);
      if (m.find()) {
        footnotes.add(toDigits(m.group(1)));
      }
    }
  }

  static String toDigits(String marker) {
    StringBuilder sb = new StringBuilder();
    for (char c : marker.toCharArray()) {
      sb.append(switch (c) {
        case '\u2070' -> '0';
        case '\u00B9' -> '1';
        case '\u00B2' -> '2';
        case '\u00B3' -> '3';
        default -> c >= '\u2074' && c <= '\u2079' ? (char) ('4' + (c - '\u2074')) : c;
      });
    }
    String digits = sb.toString().replaceFirst("^0+(?=.)", "");
    return digits;
  }

  /** The form-independent key of a document symbol: upper case, no white space, no leading "Doc."/"Document(s)", dashes as slashes. */
  static String symbolKey(String symbol) {
    StringBuilder sb = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      sb.append(c == '-' || c == '\u2013' ? '/' : Character.toUpperCase(c));
    }
    String key = sb.toString();
    for (String word : new String[] {"DOCUMENTS", "DOCUMENT", "DOC.", "DOC"}) {
      if (key.startsWith(word)) {
        return key.substring(word.length());
      }
    }
    return key;
  }

  /**
   * Tells whether a cell is only a list of known codes, such as {@code SDG 8, 9: 9.c, 17.8}: such
   * a cell has nothing unread, and the full reader is not needed.
   */
  static boolean isCodeList(String raw) {
    int i = 0;
    int n = raw.length();
    boolean any = false;
    boolean sdg = false;
    while (i < n) {
      char c = raw.charAt(i);
      if (c == ' ' || c == ',' || c == ';' || c == ':') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && " ,;:".indexOf(raw.charAt(i)) < 0) {
        i++;
      }
      String token = raw.substring(start, i);
      if (token.equals("SDG") || token.equals("SDGs")) {
        sdg = true;
        continue;
      }
      if (!isKnownCode(token) || (token.indexOf('.') < 0 && !sdg)) {
        // A bare number is a goal only after "SDG"; elsewhere the full reader decides.
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isKnownCode(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      if (token.isEmpty() || token.length() > 2 || !Character.isDigit(token.charAt(0)) || (token.length() == 2 && !Character.isDigit(token.charAt(1)))) {
        return false;
      }
      int goal = Integer.parseInt(token);
      return goal >= 1 && goal <= 17;
    }
    String prefix = token.substring(0, dot);
    String suffix = token.substring(dot + 1);
    if (prefix.isEmpty() || prefix.length() > 2 || suffix.isEmpty() || suffix.length() > 2
        || !prefix.chars().allMatch(Character::isDigit)
        || !(suffix.chars().allMatch(Character::isDigit) || (suffix.length() == 1 && suffix.charAt(0) >= 'a' && suffix.charAt(0) <= 'z'))) {
      return false;
    }
    int goal = Integer.parseInt(prefix);
    return goal >= 1 && goal <= 17 && suffix.charAt(0) != '0' && org.wsis.roadmap.SdgTarget.read(token).isKnown();
  }
}
