package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.testkit.BoundedDaemon;

/**
 * A PulseAudio server that restarts under a call: this test's own private daemon (not the lab's,
 * which other tests share), stopped and started again by PID.
 */
@Tag("lab")
@Timeout(40)
class PulseAudioRestartLabTest {
  @TempDir Path dir;

  private @Nullable BoundedDaemon server;
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    clock.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aRestartedServerIsReconnectedToAndTheCallIsHeardAgain() throws Exception {
    String socket = dir.resolve("native").toString();
    server = startServer(socket, "first");
    try (PulseAudioDevices devices = PulseAudioDevices.connect("unix:" + socket)) {
      devices.setPreferences(
          new DevicePreferences(List.of(), List.of("priv"), List.of(), false, Map.of()));
      FrameOutput call = devices.playback(PulseLabFixture.RATE, null);
      AtomicLong frames = new AtomicLong();
      clock.scheduleAtFixedRate(
          () -> call.write(PulseLabFixture.toneFrame(1000, frames.getAndIncrement())),
          0,
          20,
          TimeUnit.MILLISECONDS);
      try (PulseLabFixture bench = new PulseLabFixture(dir, "unix:" + socket)) {
        bench.awaitTone("priv", 1000, Duration.ofSeconds(6));
      }

      server.close();
      await(() -> devices.list(AudioDeviceRole.PLAYBACK).isEmpty(), "no devices while it is down");
      server = startServer(socket, "second");

      await(
          () ->
              devices.list(AudioDeviceRole.PLAYBACK).stream().anyMatch(d -> d.id().equals("priv")),
          "the devices again after the restart");
      try (PulseLabFixture bench = new PulseLabFixture(dir, "unix:" + socket)) {
        bench.awaitTone("priv", 1000, Duration.ofSeconds(8));
      }
      assertThat(devices.active(AudioDeviceRole.PLAYBACK))
          .extracting(AudioDevice::id)
          .isEqualTo("priv");
      call.close();
    }
  }

  private BoundedDaemon startServer(String socket, String name) throws Exception {
    Path home = Files.createDirectories(dir.resolve(name));
    Path runtime = Files.createDirectories(home.resolve("runtime"));
    Path config = home.resolve("default.pa");
    Files.writeString(
        config,
        "load-module module-native-protocol-unix auth-anonymous=1 socket="
            + socket
            + "\nload-module module-null-sink sink_name=priv"
            + " sink_properties=device.description=Private\n");
    Path client = home.resolve("client.conf");
    Files.writeString(client, "autospawn = no\n");
    setOwnerOnly(runtime);
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "pulseaudio-" + name,
            List.of(
                "pulseaudio",
                "--system=no",
                "--daemonize=no",
                "-n",
                "-F",
                config.toString(),
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--disable-shm=yes",
                "--log-target=stderr"),
            Map.of(
                "HOME", home.toString(),
                "XDG_RUNTIME_DIR", runtime.toString(),
                "XDG_CONFIG_HOME", home.toString(),
                "PULSE_RUNTIME_PATH", runtime.toString(),
                "PULSE_STATE_PATH", runtime.toString(),
                "PULSE_CLIENTCONFIG", client.toString()),
            null,
            home.resolve("pulseaudio.log"),
            Duration.ofMinutes(2));
    daemon.awaitReady(() -> Files.exists(Path.of(socket)), Duration.ofSeconds(10));
    return daemon;
  }

  private static void setOwnerOnly(Path directory) throws IOException {
    Files.setPosixFilePermissions(
        directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 10 s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
