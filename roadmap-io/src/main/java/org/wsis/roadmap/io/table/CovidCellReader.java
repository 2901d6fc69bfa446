package org.wsis.roadmap.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wsis.roadmap.CovidResponse;

/**
 * Reads the cell {@code COVID-19 Response}: an item made only of document symbols (such as
 * {@code C20/18}) and initiative names (one word of capitals and digits with at least one digit,
 * such as {@code REG4COVID}), separated by commas or spaces, gives documents and initiatives;
 * every other item is kept whole as text.
 */
final class CovidCellReader {
  private CovidCellReader() {}

  /**
   * The reading of one cell.
   *
   * @param response the response, empty for a cell without items
   * @param unread the items kept as text that look like document symbols but are not
   */
  record Reading(Optional<CovidResponse> response, List<String> unread) {}

  /** Tells whether an item is kept as text although it looks like a list of document symbols. */
  static boolean isUnread(String item) {
    return read(List.of(item)).unread().contains(item);
  }

  static Reading read(List<String> items) {
    if (items.isEmpty()) {
      return new Reading(Optional.empty(), List.of());
    }
    CovidResponse.Builder builder = CovidResponse.builder();
    List<String> unread = new ArrayList<>();
    for (String item : items) {
      List<String> documents = new ArrayList<>();
      List<String> initiatives = new ArrayList<>();
      boolean allCodes = true;
      boolean suspicious = false;
      for (String token : tokens(item)) {
        if (isDocumentSymbol(token)) {
          documents.add(token);
        } else if (isInitiative(token)) {
          initiatives.add(token);
        } else {
          allCodes = false;
          suspicious |= token.indexOf('/') > 0 && token.length() <= 40;
        }
      }
      if (allCodes && !(documents.isEmpty() && initiatives.isEmpty())) {
        builder.addAllDocuments(documents).addAllInitiatives(initiatives);
      } else {
        builder.addText(item);
        if (suspicious) {
          unread.add(item);
        }
      }
    }
    return new Reading(Optional.of(builder.build()), unread);
  }

  private static List<String> tokens(String item) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= item.length(); i++) {
      boolean separator = i == item.length() || item.charAt(i) == ',' || CellMarkup.isSpace(item.charAt(i));
      if (separator) {
        if (start >= 0) {
          out.add(item.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** A document symbol: capitals, digits, a slash, digits, such as {@code C20/18}. */
  static boolean isDocumentSymbol(String token) {
    int slash = token.indexOf('/');
    if (slash < 2 || slash != token.lastIndexOf('/') || slash == token.length() - 1 || token.length() > 20) {
      return false;
    }
    if (!Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (i != slash && !(Character.isUpperCase(c) || Character.isDigit(c))) {
        return false;
      }
    }
    return Character.isDigit(token.charAt(slash - 1)) && Character.isDigit(token.charAt(token.length() - 1));
  }

  /** An initiative name: one word of at least four capitals and digits, with at least one digit and one capital. */
  static boolean isInitiative(String token) {
    if (token.length() < 4 || token.length() > 30) {
      return false;
    }
    boolean digit = false;
    boolean upper = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else {
        return false;
      }
    }
    return digit && upper;
  }
}
