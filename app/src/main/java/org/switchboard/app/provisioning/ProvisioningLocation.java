package org.switchboard.app.provisioning;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the machine-wide provisioning file is: the {@value #PROPERTY} system property or the
 * {@value #VARIABLE} environment variable when set (tests, or IT trying a file), else by operating
 * system ({@code os.name}): {@code %ProgramData%\Switchboard\provisioning.json} on Windows, {@code
 * /Library/Application Support/Switchboard/provisioning.json} on macOS, {@code
 * /etc/switchboard/provisioning.json} elsewhere.
 */
public final class ProvisioningLocation {
  /** The system property naming another provisioning file. */
  public static final String PROPERTY = "switchboard.provisioning.file";

  /** The environment variable naming another provisioning file. */
  public static final String VARIABLE = "SWITCHBOARD_PROVISIONING_FILE";

  private static final String NAME = "provisioning.json";

  private ProvisioningLocation() {}

  /**
   * The provisioning file's path; it need not exist.
   *
   * @param systemProperty looks up a system property, null when unset
   */
  public static Path file(
      Map<String, String> env, Function<String, @Nullable String> systemProperty) {
    String override = systemProperty.apply(PROPERTY);
    if (override == null || override.isBlank()) {
      override = env.get(VARIABLE);
    }
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = String.valueOf(systemProperty.apply("os.name")).toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return Path.of(programData(env), "Switchboard", NAME);
    }
    if (os.startsWith("mac")) {
      return Path.of("/Library", "Application Support", "Switchboard", NAME);
    }
    return Path.of("/etc", "switchboard", NAME);
  }

  private static String programData(Map<String, String> env) {
    for (String name : new String[] {"ProgramData", "PROGRAMDATA"}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "C:\\ProgramData";
  }
}
