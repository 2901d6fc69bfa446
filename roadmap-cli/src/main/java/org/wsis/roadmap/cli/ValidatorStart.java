package org.wsis.roadmap.cli;

import jakarta.validation.Validator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.validation.RoadmapValidator;

/**
 * Hibernate Validator for the commands that validate: its start banner silenced, and its start (the
 * factory, then the constraints of the model's types) begun on a second thread while the command reads
 * the roadmap. Both cost a few tenths of a second in a fresh JVM, so the commands that do not validate
 * never reach this class.
 */
final class ValidatorStart {
  /** Kept so that the level set here holds: {@code java.util.logging} keeps loggers weakly. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING); // no "HV000001: Hibernate Validator ..." banner on standard error
  }

  /** The largest heap, in bytes, on which the validator is not started on a second thread. */
  static final long SMALL_HEAP = 64L << 20;

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static volatile Thread thread;
  private static volatile Throwable failure;

  private ValidatorStart() {}

  /**
   * Starts Hibernate Validator on a daemon thread, once per JVM and unless the heap is smaller than
   * {@link #SMALL_HEAP}, and returns at once. What the thread builds is shared and thread-safe; what
   * fails there, {@link #await} throws on the command's thread.
   */
  static void inBackground() {
    // On a small heap, the command starts the validator itself: two threads filling the heap at once could
    // leave too little to report an out-of-memory error in one line.
    if (Runtime.getRuntime().maxMemory() < SMALL_HEAP || STARTED.getAndSet(true)) {
      return;
    }
    Thread started = new Thread(ValidatorStart::start, "roadmap-validator-start");
    started.setDaemon(true);
    thread = started;
    started.start();
  }

  private static void start() {
    try {
      Validator validator = RoadmapValidator.constraintValidator();
      validator.getConstraintsForClass(Roadmap.class);
      validator.getConstraintsForClass(ActionLineRoadmap.class);
      validator.getConstraintsForClass(Outcome.class);
    } catch (Throwable e) { // out of memory included: the command reports it, once, on its own thread
      failure = e;
    }
  }

  /**
   * Silences the banner of Hibernate Validator, and waits for the start begun by {@link #inBackground},
   * if any; call before anything that may start the validator. The validator is needed next anyway, so
   * the wait costs nothing, and a failure of the start is thrown here, as it would have been had the
   * command started the validator itself.
   *
   * @throws RuntimeException what the start on the second thread threw
   * @throws Error what the start on the second thread threw, such as {@link OutOfMemoryError}
   */
  static void await() {
    Thread started = thread;
    if (started != null) {
      boolean interrupted = false;
      while (started.isAlive()) {
        try {
          started.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    Throwable failed = failure;
    if (failed instanceof Error) {
      throw (Error) failed;
    }
    if (failed instanceof RuntimeException) {
      throw (RuntimeException) failed;
    }
  }
}
