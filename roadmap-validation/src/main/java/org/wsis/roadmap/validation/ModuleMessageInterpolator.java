package org.wsis.roadmap.validation;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The message interpolator of the shared validator: Hibernate Validator's {@link
 * ParameterMessageInterpolator} (no Expression Language), after the message keys of the model's
 * bundle have been replaced with their text.
 *
 * <p>The bundle is roadmap-core's {@code ContributorValidationMessages.properties}, read once from the
 * module that holds it: from that module alone when it is a named module (a resource outside any
 * package is not encapsulated, so nothing has to be opened), and on the class path merged from every
 * file of that name, first one first, as Hibernate Validator merges contributor bundles, so another
 * jar's file of the same name cannot hide the model's keys. A template such as {@code
 * {org.wsis.roadmap.constraints.text}} becomes the bundle's text (recursively, as Bean Validation
 * resolves user bundles); every key the bundle does not hold, and every {@code {min}}-style
 * parameter, is left to the delegate, which resolves the standard bundles and the constraint's
 * attributes.
 */
final class ModuleMessageInterpolator implements MessageInterpolator {
  /** The model's bundle, a resource of roadmap-core outside any package: {@value}. */
  static final String BUNDLE = "ContributorValidationMessages.properties";

  /** Nested keys deeper than this are left as they are, so that a key that refers to itself ends. */
  private static final int MAX_DEPTH = 10;

  private final ResourceBundle bundle;
  private final Locale defaultLocale;
  private final MessageInterpolator delegate;

  /**
   * Creates the interpolator.
   *
   * @param resource the properties file of the bundle, a resource outside any package
   * @param module the module that holds the bundle (an unnamed module: its class loader)
   * @param defaultLocale the locale of {@link #interpolate(String, Context)}
   */
  ModuleMessageInterpolator(String resource, Module module, Locale defaultLocale) {
    this.bundle = load(Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(module, "module"));
    this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    this.delegate = new ParameterMessageInterpolator(Set.of(defaultLocale), defaultLocale, false);
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, defaultLocale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(resolve(messageTemplate, bundle, 0), context, locale);
  }

  /**
   * Reads a bundle from a module: a named module's own file, or every file of that name that an
   * unnamed module's class loader sees, merged with the first one first.
   */
  static ResourceBundle load(String resource, Module module) {
    Properties all = new Properties();
    try {
      if (module.isNamed()) {
        read(module.getResourceAsStream(resource), all);
      } else {
        ClassLoader loader = module.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : module.getClassLoader();
        Enumeration<URL> urls = loader.getResources(resource);
        for (URL url : Collections.list(urls)) {
          read(url.openStream(), all);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("the message bundle " + resource + " of the roadmap model cannot be read", e);
    }
    return new ResourceBundle() {
      @Override
      protected @Nullable Object handleGetObject(String key) {
        return all.getProperty(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(all.stringPropertyNames());
      }
    };
  }

  private static void read(@Nullable InputStream in, Properties into) throws IOException {
    if (in == null) {
      return;
    }
    try (InputStream stream = in) {
      Properties one = new Properties();
      one.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
      one.forEach(into::putIfAbsent);
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
