package org.switchboard.app.smoke;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

/**
 * The checks of the runtime the desktop was packaged with that need no toolkit: the JDK modules it
 * needs, Persian and Arabic formatting, the app's translations, TLS 1.3 with elliptic curves, and
 * the SIP and media libraries. Each returns a {@link Check} and never throws. Any thread.
 */
public final class RuntimeChecks {
  /** The resource listing the JDK modules the desktop needs, one a line ({@code #} comments). */
  public static final String MODULES_RESOURCE = "/org/switchboard/app/smoke/runtime-modules.txt";

  /** Classes whose loading and linking shows a library is packaged whole. */
  static final List<String> LIBRARY_CLASSES =
      List.of(
          "javax.sip.SipFactory",
          "gov.nist.javax.sip.SipStackImpl",
          "gov.nist.javax.sip.parser.StringMsgParser",
          "org.switchboard.sip.SipUserAgent",
          "org.jitsi.impl.neomedia.codec.audio.opus.Opus",
          "org.jitsi.impl.neomedia.pulseaudio.PA",
          "org.bouncycastle.tls.DTLSServerProtocol",
          "org.switchboard.audio.RtpMediaEngine",
          "org.switchboard.audio.PulseAudioDevices",
          "org.switchboard.audio.DeviceTonePlayer");

  private RuntimeChecks() {}

  /** Every check of this class, in the report's order. */
  public static List<Check> all() {
    return List.of(
        modules(bootModules()),
        LocaleFormats.check(),
        messageBundles(),
        TlsSupport.check(),
        libraries(LIBRARY_CLASSES));
  }

  /** The JDK modules the desktop needs ({@value #MODULES_RESOURCE}). */
  public static List<String> requiredModules() {
    InputStream in = RuntimeChecks.class.getResourceAsStream(MODULES_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(MODULES_RESOURCE + " is not packaged");
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines
          .lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the modules in the boot layer: the runtime image's modules that were resolved. */
  static Set<String> bootModules() {
    return ModuleLayer.boot().modules().stream()
        .map(Module::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Whether every required module is among {@code present}. */
  static Check modules(Set<String> present) {
    try {
      List<String> required = requiredModules();
      List<String> missing = required.stream().filter(m -> !present.contains(m)).toList();
      return missing.isEmpty()
          ? Check.passed("modules", "all present: " + String.join(", ", required))
          : Check.failed("modules", "missing from the runtime: " + String.join(", ", missing));
    } catch (RuntimeException e) {
      return Check.threw("modules", e);
    }
  }

  /** The app's texts load in every language, Persian and Arabic as themselves. */
  static Check messageBundles() {
    try {
      List<String> problems = new ArrayList<>();
      String english = Localizer.bundle(Language.ENGLISH).getString("settings.save");
      for (Language language : Language.values()) {
        ResourceBundle bundle = Localizer.bundle(language);
        if (!bundle.getLocale().getLanguage().equals(language.tag())) {
          problems.add(language.tag() + " fell back to '" + bundle.getLocale() + "'");
        } else if (language != Language.ENGLISH
            && bundle.getString("settings.save").equals(english)) {
          problems.add(language.tag() + " is not translated");
        }
      }
      return problems.isEmpty()
          ? Check.passed(
              "messageBundles",
              "en, fa, ar, ru load; fa says '"
                  + Localizer.bundle(Language.PERSIAN).getString("settings.save")
                  + "', ar says '"
                  + Localizer.bundle(Language.ARABIC).getString("settings.save")
                  + "'")
          : Check.failed("messageBundles", String.join("; ", problems));
    } catch (RuntimeException e) {
      return Check.threw("messageBundles", e);
    }
  }

  /**
   * Each class loads; for our own adapters (the desktop's SIP user agent and media engine) their
   * methods' signatures resolve too, so the library types the app really calls are all packaged.
   * (The libraries' own classes are not linked whole: JAIN-SIP keeps methods for log4j 1.x, which
   * the app replaces with SLF4J.)
   */
  static Check libraries(List<String> classNames) {
    List<String> problems = new ArrayList<>();
    ClassLoader loader = Objects.requireNonNull(RuntimeChecks.class.getClassLoader());
    int linked = 0;
    for (String name : classNames) {
      try {
        Class<?> loaded = Class.forName(name, false, loader);
        if (name.startsWith("org.switchboard.")) {
          linked += loaded.getDeclaredMethods().length;
        }
      } catch (ClassNotFoundException | LinkageError e) {
        problems.add(name + ": " + e);
      }
    }
    return problems.isEmpty()
        ? Check.passed(
            "libraries",
            "JAIN-SIP, libjitsi's Opus and PulseAudio bindings and BouncyCastle TLS load ("
                + linked
                + " adapter methods linked): "
                + String.join(", ", classNames))
        : Check.failed("libraries", String.join("; ", problems));
  }
}
