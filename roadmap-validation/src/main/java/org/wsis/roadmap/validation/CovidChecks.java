package org.wsis.roadmap.validation;

import static org.wsis.roadmap.validation.Texts.clip;
import static org.wsis.roadmap.validation.Texts.symbolKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.DocumentRef;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Reference;
import org.wsis.roadmap.Roadmap;

/**
 * The COVID-19 response family ({@code WSIS-COVID-001} to {@code WSIS-COVID-003}): document symbols. The state keeps the first form of each document symbol cited anywhere in the roadmap.
 */
final class CovidChecks implements CrossOutcomeCheck<List<CovidChecks.Symbol>> {
  private static final Pattern DIGIT = Pattern.compile("[0-9]");

  @Override
  public List<Rule> rules() {
    return List.of(Rule.COVID_001, Rule.COVID_002, Rule.COVID_003);
  }

  @Override
  public void checkOutcome(OutcomeContext context, FindingSink sink) {
    Outcome outcome = context.getOutcome();
    String base = context.getPointer();
    covid(sink, outcome, base);
  }

  /** A document symbol: where it stands, its form-independent key and its form as written. */
  record Symbol(String pointer, String key, String form) {}

  /** The document symbols of the outcome's citations, then of its COVID-19 response, in document order. */
  @Override
  public @Nullable List<Symbol> prepare(OutcomeContext context) {
    Outcome outcome = context.getOutcome();
    List<Symbol> symbols = null;
    for (int r = 0; r < outcome.getReferences().size(); r++) {
      symbols = documentSymbols(outcome.getReferences().get(r), context.getPointer() + "/references/" + r, symbols);
    }
    if (outcome.getCovidResponse().isPresent()) {
      List<String> documents = outcome.getCovidResponse().get().getDocuments();
      for (int d = 0; d < documents.size(); d++) {
        symbols = add(symbols, documents.get(d), context.getPointer() + "/covidResponse/documents/" + d);
      }
    }
    return symbols;
  }

  private static @Nullable List<Symbol> documentSymbols(Reference reference, String pointer, @Nullable List<Symbol> symbols) {
    if (reference instanceof DocumentRef document) {
      for (int s = 0; s < document.getSymbols().size(); s++) {
        symbols = add(symbols, document.getSymbols().get(s), pointer + "/symbols/" + s);
      }
    }
    return symbols;
  }

  private static @Nullable List<Symbol> add(@Nullable List<Symbol> symbols, String symbol, String pointer) {
    String key = symbolKey(symbol);
    if (key.isEmpty()) {
      return symbols;
    }
    List<Symbol> list = symbols == null ? new ArrayList<>(2) : symbols;
    list.add(new Symbol(pointer, key, symbol.strip()));
    return list;
  }

  /**
   * The first form of each document symbol over the run. Kept exactly, in streams too: it grows
   * with the number of distinct documents cited, not with the number of outcomes.
   */
  @Override
  public State<List<Symbol>> newState(boolean stream) {
    Map<String, String> forms = new HashMap<>();
    return new State<>() {
      @Override
      public void start(Roadmap header, FindingSink sink) {
        List<Symbol> symbols = null;
        for (int r = 0; r < header.getMandateReferences().size(); r++) {
          symbols = documentSymbols(header.getMandateReferences().get(r), "/mandateReferences/" + r, symbols);
        }
        if (symbols != null) {
          CovidChecks.accept(forms, symbols, null, sink);
        }
      }

      @Override
      public void accept(OutcomeContext context, @Nullable List<Symbol> symbols, FindingSink sink) {
        if (symbols != null) {
          CovidChecks.accept(forms, symbols, context.getOutcome(), sink);
        }
      }
    };
  }

  private static void accept(Map<String, String> forms, List<Symbol> symbols, @Nullable Outcome outcome, FindingSink sink) {
    for (Symbol symbol : symbols) {
      String first = forms.putIfAbsent(symbol.key(), symbol.form());
      if (first != null && !first.equals(symbol.form())) {
        sink.report(Rule.COVID_001, symbol.pointer(), outcome,
            "a document symbol must be written as elsewhere in the roadmap ('" + first + "'), but was: '" + symbol.form() + "'");
      }
    }
  }

  private static void covid(FindingSink sink, Outcome outcome, String base) {
    if (outcome.getCovidResponse().isEmpty()) {
      return;
    }
    List<String> documents = outcome.getCovidResponse().get().getDocuments();
    Set<String> inCell = new HashSet<>();
    for (int d = 0; d < documents.size(); d++) {
      String symbol = documents.get(d);
      String pointer = base + "/covidResponse/documents/" + d;
      String key = symbolKey(symbol);
      if (!inCell.add(key)) {
        sink.report(Rule.COVID_002, pointer, outcome, "documents must not repeat in one COVID-19 response cell, but was: '" + symbol + "'");
      }
      if (!DIGIT.matcher(symbol).find()) {
        sink.report(Rule.COVID_003, pointer, outcome, "a document symbol must carry a number, such as 'C20/18', but was: '" + clip(symbol) + "'");
      }
    }
  }
}
