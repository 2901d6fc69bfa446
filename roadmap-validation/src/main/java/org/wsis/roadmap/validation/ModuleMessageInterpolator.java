package org.wsis.roadmap.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The message interpolator of the shared validator: Hibernate Validator's {@link
 * ParameterMessageInterpolator} (no Expression Language), after the message keys of this library's
 * own resource bundle have been replaced with their text.
 *
 * <p>The bundle is loaded by this module, for this module ({@link ResourceBundle#getBundle(String,
 * Locale, Module)}), so it is found on the module path without opening its package to Hibernate
 * Validator, and on the class path an application's {@code ValidationMessages.properties} cannot
 * hide it. A template such as {@code {org.wsis.roadmap.Outcome.id.message}} becomes the bundle's text
 * (recursively, as Bean Validation resolves user bundles); every key the bundle does not hold, and
 * every {@code {min}}-style parameter, is left to the delegate, which resolves the standard
 * bundles and the constraint's attributes.
 */
final class ModuleMessageInterpolator implements MessageInterpolator {
  /** The base name of the library's bundle: {@value}. */
  static final String BUNDLE = "org.wsis.roadmap.validation.ValidationMessages";

  /** Nested keys deeper than this are left as they are, so that a key that refers to itself ends. */
  private static final int MAX_DEPTH = 10;

  private final String bundleName;
  private final Module module;
  private final Locale defaultLocale;
  private final MessageInterpolator delegate;

  /**
   * Creates the interpolator.
   *
   * @param bundleName the base name of the bundle
   * @param module the module that holds the bundle (an unnamed module: its class loader)
   * @param defaultLocale the locale of {@link #interpolate(String, Context)}
   */
  ModuleMessageInterpolator(String bundleName, Module module, Locale defaultLocale) {
    this.bundleName = Objects.requireNonNull(bundleName, "bundleName");
    this.module = Objects.requireNonNull(module, "module");
    this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    this.delegate = new ParameterMessageInterpolator(Set.of(defaultLocale), defaultLocale, false);
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, defaultLocale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String template = bundle == null ? messageTemplate : resolve(messageTemplate, bundle, 0);
    return delegate.interpolate(template, context, locale);
  }

  private @Nullable ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle(bundleName, locale, module);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /**
   * Replaces each unescaped {@code {key}} the bundle holds with its text, resolved in turn.
   *
   * @param template the message template
   * @param bundle the bundle
   * @param depth how many keys deep this template is
   * @return the template with the bundle's keys replaced
   */
  static String resolve(String template, ResourceBundle bundle, int depth) {
    if (depth >= MAX_DEPTH || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length());
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(c).append(template.charAt(i + 1));
        i += 2;
        continue;
      }
      int end = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (end > 0) {
        String key = template.substring(i + 1, end);
        if (key.indexOf('{') < 0 && bundle.containsKey(key)) {
          out.append(resolve(bundle.getString(key), bundle, depth + 1));
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
