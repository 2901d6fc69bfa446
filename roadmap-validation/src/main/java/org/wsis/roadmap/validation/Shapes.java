package org.wsis.roadmap.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;

/**
 * The shared Bean Validation factory and the translation of constraint violations into findings
 * of rule {@code WSIS-STR-001}. The factory costs about 0.4 s to build, so it is built once, on
 * first use, and shared by every validator.
 *
 * <p>A roadmap is checked in two parts that together see every constraint once:
 * {@link #check(Roadmap, Profile)} validates the roadmap without cascading into the outcomes of its
 * tables, and {@link #checkOutcome} validates one outcome, so that outcomes can be checked in chunks,
 * on several threads, next to the consistency rules.
 */
final class Shapes {
  private static final Pattern OUTCOME_POINTER = Pattern.compile("^/actionLines/([0-9]+)(?:/outcomes/([0-9]+))?");

  private Shapes() {}

  private static final class Holder {
    // No Expression Language (see the package documentation): the messages come from this module's
    // bundle (roadmap-core's) and Hibernate Validator's, with the constraints' attributes as parameters.
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(Locale.ROOT)
        .locales(Locale.ROOT)
        .messageInterpolator(new ModuleMessageInterpolator(
            ModuleMessageInterpolator.BUNDLE, org.wsis.roadmap.Outcome.class.getModule(), Locale.ROOT))
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
    static final Validator WITHOUT_OUTCOMES = FACTORY.usingContext().traversableResolver(new WithoutOutcomes()).getValidator();
  }

  /** Cascades everywhere but into the outcomes of a table, which {@link #checkOutcome} validates. */
  private static final class WithoutOutcomes implements TraversableResolver {
    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
        Path pathToTraversableObject, ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
        Path pathToTraversableObject, ElementType elementType) {
      return !(traversableObject instanceof ActionLineRoadmap && "outcomes".equals(traversableProperty.getName()));
    }
  }

  static Validator validator() {
    return Holder.VALIDATOR;
  }

  /**
   * Validates the roadmap, its references, glossary and tables, but not the outcomes of the tables.
   *
   * @param roadmap the roadmap
   * @param profile the profile, which tells the severity of {@code WSIS-STR-001}
   * @return the findings, in the validator's order
   */
  static List<Finding> check(Roadmap roadmap, Profile profile) {
    Optional<Severity> severity = profile.severityOf(Rule.STR_001);
    List<Finding> findings = new ArrayList<>();
    if (severity.isEmpty()) {
      return findings;
    }
    for (ConstraintViolation<Roadmap> violation : Holder.WITHOUT_OUTCOMES.validate(roadmap)) {
      String pointer = pointer(violation.getPropertyPath());
      Finding.Builder finding = Finding.builder()
          .rule(Rule.STR_001)
          .severity(severity.get())
          .pointer(pointer)
          .message(message(violation));
      locate(roadmap, pointer, finding);
      findings.add(finding.build());
    }
    return findings;
  }

  /**
   * Validates one outcome.
   *
   * @param outcome the outcome
   * @param base its JSON pointer in the roadmap, such as {@code /actionLines/0/outcomes/3}
   * @param profile the profile, which tells the severity of {@code WSIS-STR-001}
   * @return the findings, with pointers from the roadmap's root
   */
  static List<Finding> checkOutcome(Outcome outcome, String base, Profile profile) {
    Optional<Severity> severity = profile.severityOf(Rule.STR_001);
    if (severity.isEmpty()) {
      return List.of();
    }
    Set<ConstraintViolation<Outcome>> violations = validator().validate(outcome);
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Outcome> violation : violations) {
      String pointer = base + pointer(violation.getPropertyPath());
      Finding.Builder finding = Finding.builder()
          .rule(Rule.STR_001)
          .severity(severity.get())
          .pointer(pointer)
          .message(message(violation))
          .outcomeId(outcome.getId());
      outcome.getSource().ifPresent(source -> finding.line(source.getFromLine()));
      findings.add(finding.build());
    }
    return findings;
  }

  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          sb.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          sb.append('/').append(escape(String.valueOf(node.getKey())));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append('/').append(escape(name));
      }
    }
    return sb.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The finding's message: the property path with list indices, the constraint's message from the
   * {@code ValidationMessages} bundle (the rule in the model's words), and the value, as in {@code
   * evidence[1]: a text is not blank, but was: ' '}.
   */
  static String message(ConstraintViolation<?> violation) {
    String path = propertyPath(violation.getPropertyPath());
    return (path.isEmpty() ? "roadmap" : path) + ": " + violation.getMessage() + ", but was: "
        + quote(violation.getInvalidValue());
  }

  /** The property path as Java would write it: {@code actionLines[0].outcomes[3].evidence[1]}, {@code extensions[colour]}. */
  static String propertyPath(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          sb.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          sb.append('[').append(Texts.clip(String.valueOf(node.getKey()))).append(']');
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append(sb.length() == 0 ? "" : ".").append(name);
      }
    }
    return sb.toString();
  }

  private static String quote(Object value) {
    return value == null ? "null" : "'" + Texts.clip(String.valueOf(value)) + "'";
  }

  private static void locate(Roadmap roadmap, String pointer, Finding.Builder finding) {
    Matcher m = OUTCOME_POINTER.matcher(pointer);
    if (!m.find()) {
      return;
    }
    int a = Integer.parseInt(m.group(1));
    if (a >= roadmap.getActionLines().size()) {
      return;
    }
    ActionLineRoadmap line = roadmap.getActionLines().get(a);
    if (m.group(2) == null) {
      line.getSource().ifPresent(source -> finding.line(source.getFromLine()));
      return;
    }
    int o = Integer.parseInt(m.group(2));
    if (o < line.getOutcomes().size()) {
      Outcome outcome = line.getOutcomes().get(o);
      finding.outcomeId(outcome.getId());
      outcome.getSource().ifPresent(source -> finding.line(source.getFromLine()));
    }
  }
}
