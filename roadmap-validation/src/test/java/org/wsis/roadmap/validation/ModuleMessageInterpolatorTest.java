package org.wsis.roadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The shared validator's message interpolator: the library's bundle first, then Hibernate Validator's, no EL. */
final class ModuleMessageInterpolatorTest {
  private static final ResourceBundle BUNDLE = new ListResourceBundle() {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
          {"test.blank", "must hold a word"},
          {"test.nested", "is wrong: {test.blank}"},
          {"test.size", "must have {min} to {max} characters"},
          {"test.loop", "again {test.loop}"},
      };
    }
  };

  /** A bean of this test's own, with message keys of the test bundle. */
  static final class Bean {
    @NotBlank(message = "{test.blank}")
    final String name;

    @Size(min = 2, max = 4, message = "{test.size}")
    final String code;

    @NotBlank(message = "{test.missing}")
    final String other;

    Bean(String name, String code, String other) {
      this.name = name;
      this.code = code;
      this.other = other;
    }
  }

  private static String messages(Bean bean) {
    ModuleMessageInterpolator interpolator = new ModuleMessageInterpolator(
        "org/wsis/roadmap/validation/TestValidationMessages.properties", ModuleMessageInterpolatorTest.class.getModule(), Locale.ROOT);
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(interpolator)
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(bean).stream()
          .map(ConstraintViolation::getMessage)
          .sorted()
          .collect(Collectors.joining("; "));
    }
  }

  @Test
  void resolve_keyOfTheBundle_isReplacedByItsText() {
    assertThat(ModuleMessageInterpolator.resolve("{test.blank}", BUNDLE, 0)).isEqualTo("must hold a word");
  }

  @Test
  void resolve_nestedKey_isResolvedInTurn() {
    assertThat(ModuleMessageInterpolator.resolve("{test.nested}", BUNDLE, 0)).isEqualTo("is wrong: must hold a word");
  }

  @Test
  void resolve_unknownKeyAndParameters_areLeftToTheDelegate() {
    assertThat(ModuleMessageInterpolator.resolve("{test.size} {other.key}", BUNDLE, 0))
        .isEqualTo("must have {min} to {max} characters {other.key}");
  }

  @Test
  void resolve_escapedBrace_isNoKey() {
    assertThat(ModuleMessageInterpolator.resolve("\\{test.blank}", BUNDLE, 0)).isEqualTo("\\{test.blank}");
  }

  @Test
  void resolve_keyThatRefersToItself_ends() {
    assertThat(ModuleMessageInterpolator.resolve("{test.loop}", BUNDLE, 0)).startsWith("again again").endsWith("{test.loop}");
  }

  @Test
  void validate_keysOfTheModuleBundle_areResolvedWithParameters() {
    assertThat(messages(new Bean(" ", "abcdef", "x")))
        .isEqualTo("must have 2 to 4 characters; must hold a word");
  }

  @Test
  void validate_keyInNoBundle_staysAsWritten() {
    assertThat(messages(new Bean("a", "abc", " "))).isEqualTo("{test.missing}");
  }

  @Test
  void sharedValidator_blankRoadmapId_hasAMessageWithEveryKeyResolved() {
    String message = Shapes.validator().validate(Fixtures.edit(Fixtures.clean(), b -> b.id(" "))).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.joining("; "));

    assertThat(message).isNotEmpty().doesNotContain("{").doesNotContain("${");
  }
}
