package org.switchboard.app.updates;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The running desktop's version: the {@code Implementation-Version} of the app's jar manifest, else
 * the {@value #JPACKAGE_PROPERTY} system property that jpackage's launchers set. Unknown when run
 * from classes (development, tests).
 */
public final class AppVersion {
  /** The system property jpackage's launchers set to the package's version. */
  public static final String JPACKAGE_PROPERTY = "jpackage.app-version";

  private AppVersion() {}

  /** This process's version, if it knows it. */
  public static Optional<String> running() {
    return of(AppVersion.class.getPackage().getImplementationVersion(), System::getProperty);
  }

  /** The version to show: {@link #running()}, or {@code unknown}. */
  public static String text() {
    return running().orElse("unknown");
  }

  /**
   * @param manifestVersion the jar manifest's {@code Implementation-Version}, null when absent
   * @param systemProperty looks up a system property, null when unset
   */
  static Optional<String> of(
      @Nullable String manifestVersion, Function<String, @Nullable String> systemProperty) {
    if (manifestVersion != null && !manifestVersion.isBlank()) {
      return Optional.of(manifestVersion.strip());
    }
    String packaged = systemProperty.apply(JPACKAGE_PROPERTY);
    return packaged == null || packaged.isBlank()
        ? Optional.empty()
        : Optional.of(packaged.strip());
  }
}
