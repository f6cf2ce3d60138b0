package org.switchboard.app.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The operating system's list of programs started when the user signs in, as far as this desktop is
 * concerned: its own entry is there or not. Implementations block (files, {@code reg.exe}); call
 * them off the JavaFX thread.
 */
@FunctionalInterface
public interface StartAtLogin {
  /**
   * Puts the desktop's entry in place, naming the launcher as it is now (an upgrade that moved the
   * launcher is fixed by the next call), or removes it. Idempotent.
   *
   * @throws IOException when the entry cannot be written or removed
   */
  void apply(boolean enabled) throws IOException;

  /** Does nothing: tests and demos, which must not touch the user's login items. */
  static StartAtLogin none() {
    return enabled -> {};
  }

  /**
   * The entry for this machine's operating system ({@code os.name}), starting {@code launcher}.
   *
   * @param env the environment ({@code XDG_CONFIG_HOME} on Linux)
   * @param properties system properties ({@code os.name}, {@code user.home})
   */
  static StartAtLogin forSystem(
      LauncherCommand launcher,
      Map<String, String> env,
      Function<String, @Nullable String> properties) {
    String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
    Path home = Path.of(String.valueOf(properties.apply("user.home")));
    if (os.startsWith("windows")) {
      return new WindowsRunKey(launcher, CommandRunner.bounded(Duration.ofSeconds(10)));
    }
    if (os.startsWith("mac")) {
      return new MacLaunchAgent(MacLaunchAgent.directory(home), launcher);
    }
    return new XdgAutostart(XdgAutostart.directory(env, home), launcher);
  }
}
