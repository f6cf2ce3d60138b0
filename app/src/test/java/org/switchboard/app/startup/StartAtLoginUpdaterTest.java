package org.switchboard.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartAtLoginUpdaterTest {
  private final List<Boolean> applied = new ArrayList<>();
  private final List<Runnable> io = new ArrayList<>();
  private boolean failNext;
  private final StartAtLoginUpdater updater =
      new StartAtLoginUpdater(
          enabled -> {
            if (failNext) {
              failNext = false;
              throw new IOException("disk full");
            }
            applied.add(enabled);
          },
          io::add);

  private void runIo() {
    List<Runnable> now = List.copyOf(io);
    io.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void theFirstUpdateAlwaysAppliesAndOnlyChangesApplyAfterIt() {
    updater.update(false);
    updater.update(false);
    updater.update(true);
    updater.update(true);
    updater.update(false);

    assertThat(applied).isEmpty();
    runIo();
    assertThat(applied).containsExactly(false, true, false);
  }

  @Test
  void aFailureIsRetriedAtTheNextUpdate() {
    failNext = true;
    updater.update(true);
    runIo();
    assertThat(applied).isEmpty();

    updater.update(true);
    runIo();
    assertThat(applied).containsExactly(true);
  }

  @Test
  void forSystemPicksTheEntryOfTheOperatingSystem() {
    LauncherCommand launcher = new LauncherCommand(List.of("/opt/switchboard/bin/Switchboard"));
    java.util.Map<String, String> env = java.util.Map.of();

    assertThat(
            StartAtLogin.forSystem(
                launcher, env, java.util.Map.of("os.name", "Linux", "user.home", "/h")::get))
        .isInstanceOf(XdgAutostart.class);
    assertThat(
            StartAtLogin.forSystem(
                launcher, env, java.util.Map.of("os.name", "Windows 10", "user.home", "/h")::get))
        .isInstanceOf(WindowsRunKey.class);
    assertThat(
            StartAtLogin.forSystem(
                launcher, env, java.util.Map.of("os.name", "Mac OS X", "user.home", "/h")::get))
        .isInstanceOf(MacLaunchAgent.class);
  }
}
