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

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private ValidatorStart() {}

  /** Silences the banner of Hibernate Validator; call before anything that may start it. */
  static void quiet() {
    // the class initialisation does it
  }

  /**
   * Starts Hibernate Validator on a daemon thread, once per JVM, and returns at once. What the thread
   * builds is shared and thread-safe; a failure there is left for the command to meet, and report, on
   * its own thread.
   */
  static void inBackground() {
    if (STARTED.getAndSet(true)) {
      return;
    }
    Thread thread = new Thread(ValidatorStart::start, "roadmap-validator-start");
    thread.setDaemon(true);
    thread.start();
  }

  private static void start() {
    try {
      Validator validator = RoadmapValidator.constraintValidator();
      validator.getConstraintsForClass(Roadmap.class);
      validator.getConstraintsForClass(ActionLineRoadmap.class);
      validator.getConstraintsForClass(Outcome.class);
    } catch (RuntimeException | LinkageError e) {
      // met again, and reported, where the command validates
    }
  }
}
