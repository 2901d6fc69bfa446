package org.wsis.roadmap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The public API of a set of classes as text, one line per type and member, sorted, so that a change
 * of a public signature shows as a diff of a committed file.
 *
 * <p>Listed: the public types of the given packages (nested ones whose enclosing types are public too),
 * with their type parameters, superclass and interfaces; their public and protected constructors,
 * methods and fields, generic types included; and the public and protected members they inherit from
 * supertypes that are not themselves API (such as a generated builder's methods).
 */
final class PublicApi {
  private static final Set<JavaModifier> SHOWN =
      EnumSet.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED, JavaModifier.STATIC, JavaModifier.FINAL, JavaModifier.ABSTRACT);

  private PublicApi() {}

  /**
   * Renders the API of the classes in the given packages.
   *
   * @param classes the imported classes
   * @param packages the packages whose public types are API (a module's unqualified exports)
   * @return the text, ending with a line break
   */
  static String render(JavaClasses classes, Set<String> packages) {
    Map<String, List<String>> types = new TreeMap<>();
    for (JavaClass type : classes) {
      if (packages.contains(type.getPackageName()) && isApi(type)) {
        types.put(type.getName(), members(type));
      }
    }
    StringBuilder text = new StringBuilder();
    types.forEach((name, lines) -> lines.forEach(line -> text.append(line).append('\n')));
    return text.toString();
  }

  /**
   * Compares a committed snapshot with the API as built.
   *
   * @param expected the committed text
   * @param actual the rendered text
   * @return the lines only in one of them, each marked {@code -} (gone) or {@code +} (new); empty when equal
   */
  static Optional<String> difference(String expected, String actual) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    Set<String> before = new TreeSet<>(expected.lines().collect(Collectors.toList()));
    Set<String> after = new TreeSet<>(actual.lines().collect(Collectors.toList()));
    StringBuilder diff = new StringBuilder();
    before.stream().filter(Predicate.not(after::contains)).forEach(l -> diff.append("- ").append(l).append('\n'));
    after.stream().filter(Predicate.not(before::contains)).forEach(l -> diff.append("+ ").append(l).append('\n'));
    if (diff.length() == 0) {
      diff.append("(same lines in another order or with other line ends)\n");
    }
    return Optional.of(diff.toString());
  }

  private static boolean isApi(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      Set<JavaModifier> modifiers = t.get().getModifiers();
      boolean visible = modifiers.contains(JavaModifier.PUBLIC)
          || t.get().isNestedClass() && modifiers.contains(JavaModifier.PROTECTED);
      if (!visible || modifiers.contains(JavaModifier.SYNTHETIC)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> members(JavaClass type) {
    String name = type.getName();
    List<String> lines = new ArrayList<>();
    lines.add(name + " " + header(type));
    Map<String, String> members = new LinkedHashMap<>();
    for (JavaClass owner = type; owner != null; owner = owner.getRawSuperclass().orElse(null)) {
      if (owner != type && isApi(owner)) {
        break; // an API superclass lists its own members
      }
      String from = owner == type ? "" : "  (from " + owner.getName() + ")";
      for (JavaConstructor c : owner.getConstructors()) {
        if (owner == type && visible(c)) {
          members.putIfAbsent("<init>" + parameters(c), "  " + modifiers(c) + "<init>" + parameters(c) + throwsClause(c));
        }
      }
      for (JavaMethod m : owner.getMethods()) {
        if (visible(m)) {
          String key = m.getName() + parameters(m);
          members.putIfAbsent(key, "  " + modifiers(m) + typeParameters(m.getTypeParameters()) + typeName(m.getReturnType())
              + " " + key + throwsClause(m) + from);
        }
      }
      for (JavaField f : owner.getFields()) {
        if (visible(f)) {
          members.putIfAbsent("field " + f.getName(), "  " + modifiers(f) + typeName(f.getType()) + " " + f.getName() + from);
        }
      }
    }
    new TreeSet<>(members.values()).forEach(line -> lines.add(name + line));
    return lines;
  }

  private static String header(JavaClass type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    StringBuilder header = new StringBuilder(modifiers(type.getModifiers())).append(kind)
        .append(typeParameters(type.getTypeParameters()));
    if (!type.isInterface() && !type.isEnum() && !type.isRecord()) {
      type.getSuperclass()
          .filter(s -> !s.toErasure().getName().equals("java.lang.Object"))
          .ifPresent(s -> header.append(" extends ").append(typeName(s)));
    }
    List<String> interfaces = type.getInterfaces().stream().map(PublicApi::typeName).sorted().collect(Collectors.toList());
    if (!interfaces.isEmpty()) {
      header.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return header.toString();
  }

  private static boolean visible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static String modifiers(JavaMember member) {
    return modifiers(member.getModifiers());
  }

  private static String modifiers(Set<JavaModifier> modifiers) {
    StringBuilder text = new StringBuilder();
    for (JavaModifier modifier : SHOWN) {
      if (modifiers.contains(modifier)) {
        text.append(modifier.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
      }
    }
    return text.toString();
  }

  private static String parameters(JavaCodeUnit unit) {
    return unit.getParameterTypes().stream().map(PublicApi::typeName).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String throwsClause(JavaCodeUnit unit) {
    List<String> thrown = unit.getThrowsClause().getTypes().stream().map(JavaClass::getName).sorted().collect(Collectors.toList());
    return thrown.isEmpty() ? "" : " throws " + String.join(", ", thrown);
  }

  private static String typeParameters(List<? extends JavaTypeVariable<?>> variables) {
    if (variables.isEmpty()) {
      return "";
    }
    return variables.stream().map(v -> {
      List<String> bounds = v.getUpperBounds().stream()
          .map(PublicApi::typeName).filter(b -> !b.equals("java.lang.Object")).collect(Collectors.toList());
      return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
    }).collect(Collectors.joining(", ", "<", "> "));
  }

  private static String typeName(JavaType type) {
    if (type instanceof JavaClass javaClass) {
      return javaClass.isArray() ? typeName(javaClass.getComponentType()) + "[]" : javaClass.getName();
    }
    return type.getName();
  }
}
