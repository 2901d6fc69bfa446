package org.wsis.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the project, on the classes of every module on this test's class path.
 *
 * <p>A module is identified by where its classes were loaded from (its {@code target} directory or
 * its jar), so the rules hold whatever packages a module adds later.
 */
final class ArchitectureTest {
  private static final String CORE_PACKAGE = "org.wsis.roadmap";
  private static final Set<String> OTHER_MODULE_PACKAGES = Set.of(
      "org.wsis.roadmap.io..",
      "org.wsis.roadmap.validation..",
      "org.wsis.roadmap.testkit..",
      "org.wsis.roadmap.report..",
      "org.wsis.roadmap.office..",
      "org.wsis.roadmap.rdf..",
      "org.wsis.roadmap.cli..",
      "org.wsis.roadmap.examples..",
      "org.wsis.roadmap.benchmarks..");
  /** The only Jackson databind types core may name, and only as annotations. */
  private static final Set<String> ALLOWED_DATABIND_ANNOTATIONS = Set.of(
      "com.fasterxml.jackson.databind.annotation.JsonSerialize",
      "com.fasterxml.jackson.databind.annotation.JsonDeserialize");

  /**
   * The types of the default values of those annotations' members, which the class file names
   * wherever one of the annotations is present (for example {@code JsonSerializer.None}).
   */
  private static final Set<String> ALLOWED_ANNOTATION_MEMBER_TYPES = ALLOWED_DATABIND_ANNOTATIONS.stream()
      .flatMap(ArchitectureTest::memberDefaultTypes)
      .collect(Collectors.toUnmodifiableSet());

  private static JavaClasses all;
  private static JavaClasses core;

  @BeforeAll
  static void importClasses() {
    all = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(CORE_PACKAGE);
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(CORE_PACKAGE)
        .that(residesIn("roadmap-core"));
  }

  @Test
  void classes_ofEveryModule_areImported() {
    assertThat(all.stream().map(ArchitectureTest::moduleOf).collect(Collectors.toSet()))
        .contains("roadmap-core", "roadmap-io", "roadmap-validation", "roadmap-testkit", "roadmap-report", "roadmap-cli");
    assertThat(core).isNotEmpty();
    assertThat(core.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
        .contains(CORE_PACKAGE, CORE_PACKAGE + ".internal", CORE_PACKAGE + ".query");
  }

  @Test
  void core_dependsOnNoOtherModule() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(OTHER_MODULE_PACKAGES.toArray(String[]::new))
        .because("roadmap-core is the base every other module builds on")
        .check(core);
  }

  @Test
  void core_usesJacksonDatabindOnlyThroughSerializeAndDeserializeAnnotations() {
    classes()
        .should(useDatabindOnlyAsAllowedAnnotations())
        .because("core must load and run with no Jackson databind on the class path; "
            + "@JsonSerialize/@JsonDeserialize are only read by Jackson when Jackson is present")
        .check(core);
  }

  @Test
  void internalPackages_areUsedOnlyInsideTheirModule() {
    classes()
        .that().resideInAPackage("..internal..")
        .should(beAccessedOnlyFromTheirOwnModule())
        .because("*.internal packages are not API (see their package-info)")
        .check(all);
  }

  @Test
  void publicSignaturesOfPublicTypes_neverNameGeneratedImmutableTypes() {
    classes()
        .that().arePublic()
        .and().haveSimpleNameNotStartingWith("Immutable")
        .should(notExposeGeneratedImmutableTypes())
        .because("generated Immutable* types are package-private implementation; callers use X.builder()")
        .check(all);
  }

  @Test
  void generatedCopyInterfaces_areNotPublic() {
    classes()
        .that().resideInAPackage(CORE_PACKAGE)
        .and().areInterfaces()
        .and().haveSimpleNameStartingWith("With")
        .should().notBePublic()
        .because("the with* copies Immutables declares in With* interfaces are reached through the public value type")
        .check(all);
  }

  @Test
  void sources_ofEveryModule_neverReferToTheSharedFolderOutsideTheProject() throws IOException {
    Path root = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    String upward = ".." + "/shared";
    String absolute = "/work" + "/shared";
    Path self = root.resolve("architecture-tests/src/test/java/org/wsis/roadmap/architecture/ArchitectureTest.java");
    List<Path> offenders;
    List<Path> scanned;
    try (Stream<Path> files = Files.walk(root)) {
      scanned = files
          .filter(Files::isRegularFile)
          .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/.*"))
          .filter(p -> !p.equals(self))
          .collect(Collectors.toList());
    }
    offenders = scanned.stream().filter(p -> {
      String text = read(p);
      return text.contains(upward) || text.contains(absolute) || text.contains(upward.replace('/', '\\'));
    }).collect(Collectors.toList());
    assertThat(scanned).as("source files scanned").hasSizeGreaterThan(100);
    assertThat(offenders).as("files that refer to the shared folder outside the project").isEmpty();
  }

  @Test
  void compiledClasses_ofEveryModule_holdNoPathToTheSharedFolder() throws IOException {
    Path root = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles = files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("[^/]+/target/classes/.*"))
          .collect(Collectors.toList());
    }
    String upward = ".." + "/shared";
    String absolute = "/work" + "/shared";
    assertThat(classFiles).as("class files scanned").isNotEmpty();
    assertThat(classFiles).as("class files whose constants name the shared folder outside the project")
        .filteredOn(p -> {
          String text = read(p);
          return text.contains(upward) || text.contains(absolute);
        })
        .isEmpty();
  }

  private static Stream<String> memberDefaultTypes(String annotation) {
    try {
      return Stream.of(Class.forName(annotation).getDeclaredMethods())
          .map(java.lang.reflect.Method::getDefaultValue)
          .map(value -> value instanceof Class ? ((Class<?>) value).getName()
              : value instanceof Enum ? ((Enum<?>) value).getDeclaringClass().getName()
              : value == null ? "" : value.getClass().getComponentType() != null ? value.getClass().getComponentType().getName()
              : value.getClass().getName())
          .filter(name -> name.startsWith("com.fasterxml.jackson.databind"));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Jackson databind must be on the test class path: " + annotation, e);
    }
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module a class was loaded from: the folder that holds its {@code target}, or its jar name. */
  static String moduleOf(JavaClass javaClass) {
    String uri = javaClass.getSource().map(s -> s.getUri().toString()).orElse("");
    int target = uri.indexOf("/target/");
    if (target >= 0) {
      String before = uri.substring(0, target);
      return before.substring(before.lastIndexOf('/') + 1);
    }
    int jar = uri.indexOf(".jar!");
    if (jar >= 0) {
      String before = uri.substring(0, jar);
      String name = before.substring(before.lastIndexOf('/') + 1);
      return name.replaceFirst("-\\d.*$", "");
    }
    return uri;
  }

  private static DescribedPredicate<JavaClass> residesIn(String module) {
    return DescribedPredicate.describe("reside in module " + module, c -> module.equals(moduleOf(c)));
  }

  private static ArchCondition<JavaClass> useDatabindOnlyAsAllowedAnnotations() {
    return new ArchCondition<>("use Jackson databind only through @JsonSerialize/@JsonDeserialize") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (!target.getPackageName().startsWith("com.fasterxml.jackson.databind")) {
            continue;
          }
          String description = dependency.getDescription();
          boolean allowed = ALLOWED_DATABIND_ANNOTATIONS.contains(target.getName())
                  && description.contains("annotated with")
              || ALLOWED_ANNOTATION_MEMBER_TYPES.contains(target.getName())
                  && description.contains("has annotation member of type");
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnModule() {
    return new ArchCondition<>("be accessed only from classes of their own module") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = moduleOf(item);
        for (Dependency dependency : item.getDirectDependenciesToSelf()) {
          String origin = moduleOf(dependency.getOriginClass());
          if (!origin.equals(module)) {
            events.add(SimpleConditionEvent.violated(dependency,
                dependency.getDescription() + " (module " + origin + " uses internal class of " + module + ")"));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notExposeGeneratedImmutableTypes() {
    return new ArchCondition<>("not name a generated Immutable* type in a public or protected signature") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaCodeUnit unit : item.getCodeUnits()) {
          if (!exposed(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)
              || unit.getModifiers().contains(JavaModifier.BRIDGE)) {
            continue;
          }
          Stream<JavaClass> types = Stream.concat(
              unit.getReturnType().getAllInvolvedRawTypes().stream(),
              unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()));
          types.filter(ArchitectureTest::isGeneratedImmutable).forEach(t -> events.add(SimpleConditionEvent.violated(
              unit, unit.getFullName() + " names generated type " + t.getName())));
        }
        for (JavaField field : item.getFields()) {
          if (exposed(field.getModifiers())) {
            field.getType().getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isGeneratedImmutable)
                .forEach(t -> events.add(SimpleConditionEvent.violated(field,
                    field.getFullName() + " has generated type " + t.getName())));
          }
        }
      }
    };
  }

  private static boolean exposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isGeneratedImmutable(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer.getSimpleName().startsWith("Immutable") && outer.getPackageName().startsWith(CORE_PACKAGE);
  }
}
