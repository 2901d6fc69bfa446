package org.wsis.roadmap.examples;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The value an example returned and what it printed. */
record StdOutResult<T>(T value, String out) {
  static <T> StdOutResult<T> of(Supplier<T> example) {
    AtomicReference<T> value = new AtomicReference<>();
    String out = StdOut.of(() -> value.set(example.get()));
    return new StdOutResult<>(value.get(), out);
  }
}
